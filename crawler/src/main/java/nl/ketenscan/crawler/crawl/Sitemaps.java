package nl.ketenscan.crawler.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URL;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The page URLs an organisation's sitemaps list, parsed by crawler-commons (XML, text and gzip;
 * sitemap indexes are followed).
 *
 * <p>Sitemaps are a help, not a requirement: one that is missing, broken or out of scope simply adds
 * no URLs. The walk is bounded (indexes nested at most {@value #MAX_INDEX_DEPTH} deep, at most
 * {@value #MAX_SITEMAP_FETCHES} sitemap files) so a generated index cannot keep the scan busy.
 */
public final class Sitemaps {

    static final int MAX_INDEX_DEPTH = 3;
    static final int MAX_SITEMAP_FETCHES = 50;

    private Sitemaps() {
    }

    /**
     * Reads the given sitemaps and returns the page URLs they list that are in {@code scope},
     * normalised, without duplicates, in document order, at most {@code limit}.
     *
     * @param sitemapUrls the Sitemap lines of robots.txt; when it has none, pass
     *                    {@code origin + "/sitemap.xml"}
     */
    public static List<String> urls(Fetcher fetcher, List<String> sitemapUrls, Scope scope, int limit) {
        Walk walk = new Walk(fetcher, scope, limit);
        for (String sitemapUrl : sitemapUrls) {
            walk.visit(sitemapUrl, 0);
        }
        return List.copyOf(walk.found);
    }

    /** The state of one walk through sitemaps and the indexes pointing at them. */
    private static final class Walk {

        private final Fetcher fetcher;
        private final Scope pages;
        private final Scope sitemaps;
        private final int limit;
        private final SiteMapParser parser = new SiteMapParser(false);
        private final Set<String> visited = new HashSet<>();
        private final Set<String> found = new LinkedHashSet<>();

        Walk(Fetcher fetcher, Scope scope, int limit) {
            this.fetcher = fetcher;
            this.pages = scope;
            this.sitemaps = scope.withoutIncludes();
            this.limit = limit;
        }

        void visit(String sitemapUrl, int depth) {
            Optional<String> url = UrlNormalizer.normalise(sitemapUrl);
            if (url.isEmpty() || depth > MAX_INDEX_DEPTH || found.size() >= limit
                    || visited.size() >= MAX_SITEMAP_FETCHES || !sitemaps.allows(url.get())
                    || !visited.add(url.get())) {
                return;
            }
            Optional<AbstractSiteMap> sitemap = fetchAndParse(url.get());
            if (sitemap.isEmpty()) {
                return;
            }
            if (sitemap.get() instanceof SiteMapIndex index) {
                for (AbstractSiteMap child : index.getSitemaps()) {
                    visit(child.getUrl().toString(), depth + 1);
                }
            } else if (sitemap.get() instanceof SiteMap pageList) {
                for (SiteMapURL entry : pageList.getSiteMapUrls()) {
                    if (found.size() >= limit) {
                        return;
                    }
                    UrlNormalizer.normalise(entry.getUrl().toString()).filter(pages::allows).ifPresent(found::add);
                }
            }
        }

        /** A truncated file is still parsed: the entries before the cut are as good as any. */
        private Optional<AbstractSiteMap> fetchAndParse(String url) {
            FetchResult result = fetcher.fetch(url, sitemaps);
            if (result.error() != null || result.status() < 200 || result.status() >= 300) {
                return Optional.empty();
            }
            try {
                return Optional.of(parser.parseSiteMap(result.contentType(), result.body(), new URL(result.finalUrl())));
            } catch (UnknownFormatException | IOException e) {
                return Optional.empty();
            }
        }
    }
}
