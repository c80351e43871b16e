package nl.ketenscan.crawler.crawl;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The addresses a page leads a visitor to: links ({@code a}, {@code area}) and embedded documents
 * ({@code iframe}, {@code frame}), for the crawl frontier.
 *
 * <p>{@code rel="nofollow"} links are returned too: nofollow asks search engines not to credit a
 * link, and an accessibility audit must still look at the page behind it. Scope and robots.txt decide
 * what is fetched, not this class.
 */
public final class LinkExtractor {

    private static final String LINKING_ELEMENTS = "a[href], area[href], iframe[src], frame[src]";

    private LinkExtractor() {
    }

    /**
     * The http(s) addresses in {@code html}, resolved against its {@code <base href>} (or
     * {@code baseUrl} when there is none), normalised, without duplicates, in document order.
     */
    public static List<String> links(String html, String baseUrl) {
        return links(Jsoup.parse(html), baseUrl);
    }

    /** Like {@link #links(String, String)}, for a page parsed already; the document is only read. */
    public static List<String> links(Document document, String baseUrl) {
        String base = baseOf(document, baseUrl);
        Set<String> links = new LinkedHashSet<>();
        for (Element element : document.select(LINKING_ELEMENTS)) {
            boolean isLink = element.normalName().equals("a") || element.normalName().equals("area");
            String address = element.attr(isLink ? "href" : "src");
            UrlNormalizer.normalise(address, base).ifPresent(links::add);
        }
        return List.copyOf(links);
    }

    /**
     * The addresses of the links ({@code a}, {@code area}) whose name, as a visitor reads it (their text,
     * {@code aria-label}, {@code title}, or an image's alt text), {@code named} accepts: a logout link
     * is known by its words also where its address has none.
     */
    public static Set<String> linksNamed(Document document, String baseUrl, Predicate<String> named) {
        String base = baseOf(document, baseUrl);
        Set<String> links = new LinkedHashSet<>();
        for (Element element : document.select("a[href], area[href]")) {
            String name = String.join(" ", element.text(), element.attr("aria-label"), element.attr("title"),
                    element.attr("alt"), String.join(" ", element.select("img[alt]").eachAttr("alt")));
            if (named.test(name)) {
                UrlNormalizer.normalise(element.attr("href"), base).ifPresent(links::add);
            }
        }
        return links;
    }

    /** HTML uses the first base element with an href; a relative one is resolved against the page. */
    private static String baseOf(Document document, String pageUrl) {
        Element base = document.selectFirst("base[href]");
        if (base == null) {
            return pageUrl;
        }
        return UrlNormalizer.normalise(base.attr("href"), pageUrl).orElse(pageUrl);
    }
}
