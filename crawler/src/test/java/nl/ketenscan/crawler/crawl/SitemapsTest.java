package nl.ketenscan.crawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SitemapsTest {

    private final FixtureServer site = FixtureServer.start();
    private final Fetcher fetcher = new Fetcher(Duration.ofSeconds(5), 512 * 1024, "ketenscan-test/1.0");

    @AfterEach
    void stopServer() {
        site.close();
    }

    private static String urlset(String... locations) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                %s
                </urlset>
                """.formatted(Stream.of(locations).map(loc -> "<url><loc>" + loc + "</loc></url>")
                .collect(Collectors.joining("\n")));
    }

    private static String index(String... sitemaps) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                %s
                </sitemapindex>
                """.formatted(Stream.of(sitemaps).map(loc -> "<sitemap><loc>" + loc + "</loc></sitemap>")
                .collect(Collectors.joining("\n")));
    }

    private Scope scope() {
        return Scope.origin(site.origin());
    }

    @Test
    void readsAUrlsetInDocumentOrderWithoutDuplicates() {
        site.respond("/sitemap.xml", 200, "application/xml", urlset(
                site.url("/b"), site.url("/a"), site.url("/b#top"), site.url("/c")));

        assertEquals(List.of(site.url("/b"), site.url("/a"), site.url("/c")),
                Sitemaps.urls(fetcher, List.of(site.url("/sitemap.xml")), scope(), 100));
    }

    @Test
    void followsASitemapIndex() {
        site.respond("/sitemap.xml", 200, "text/xml; charset=utf-8",
                index(site.url("/sitemap-1.xml"), site.url("/sitemap-2.xml")));
        site.respond("/sitemap-1.xml", 200, "application/xml", urlset(site.url("/een")));
        site.respond("/sitemap-2.xml", 200, "application/xml", urlset(site.url("/twee")));

        assertEquals(List.of(site.url("/een"), site.url("/twee")),
                Sitemaps.urls(fetcher, List.of(site.url("/sitemap.xml")), scope(), 100));
    }

    @Test
    void dropsEntriesOutsideTheScopeAndNeverFetchesSitemapsThere() {
        try (FixtureServer elsewhere = FixtureServer.start("127.0.0.2")) {
            elsewhere.respond("/sitemap.xml", 200, "application/xml", urlset(elsewhere.url("/x")));
            site.respond("/sitemap.xml", 200, "application/xml", urlset(
                    site.url("/binnen"), elsewhere.url("/buiten"), "https://www.example.org/"));
            site.respond("/index.xml", 200, "application/xml", index(elsewhere.url("/sitemap.xml")));

            List<String> urls = Sitemaps.urls(fetcher,
                    List.of(site.url("/sitemap.xml"), site.url("/index.xml")), scope(), 100);

            assertEquals(List.of(site.url("/binnen")), urls);
            assertEquals(0, elsewhere.requests().size());
        }
    }

    @Test
    void includePatternsChooseThePagesNotTheSitemaps() {
        site.respond("/sitemap.xml", 200, "application/xml", urlset(site.url("/loket/a"), site.url("/nieuws/b")));
        Scope loketOnly = Scope.of(new Organisation("Voorbeeld", Role.GEMEENTE, List.of(site.url("/")), Set.of(),
                List.of(Pattern.compile("/loket/")), List.of()));

        assertEquals(List.of(site.url("/loket/a")),
                Sitemaps.urls(fetcher, List.of(site.url("/sitemap.xml")), loketOnly, 100));
    }

    @Test
    void stopsAtTheLimit() {
        site.respond("/sitemap.xml", 200, "application/xml", index(site.url("/s1.xml"), site.url("/s2.xml")));
        site.respond("/s1.xml", 200, "application/xml", urlset(site.url("/1"), site.url("/2")));
        site.respond("/s2.xml", 200, "application/xml", urlset(site.url("/3"), site.url("/4")));

        assertEquals(List.of(site.url("/1"), site.url("/2")),
                Sitemaps.urls(fetcher, List.of(site.url("/sitemap.xml")), scope(), 2));
        assertEquals(0, site.requests("/s2.xml"));
    }

    @Test
    void aMissingOrBrokenSitemapGivesNoUrls() {
        site.respond("/kapot.xml", 200, "application/xml", "<urlset><url><loc>");
        site.respond("/index.xml", 200, "application/xml", index(site.url("/ontbreekt.xml"), site.url("/kapot.xml")));

        assertEquals(List.of(), Sitemaps.urls(fetcher,
                List.of(site.url("/sitemap.xml"), site.url("/index.xml")), scope(), 100));
    }

    @Test
    void indexesThatPointAtEachOtherEndWithoutLooping() {
        site.respond("/a.xml", 200, "application/xml", index(site.url("/b.xml")));
        site.respond("/b.xml", 200, "application/xml", index(site.url("/a.xml"), site.url("/pages.xml")));
        site.respond("/pages.xml", 200, "application/xml", urlset(site.url("/p")));

        assertEquals(List.of(site.url("/p")),
                Sitemaps.urls(fetcher, List.of(site.url("/a.xml")), scope(), 100));
        assertEquals(1, site.requests("/a.xml"));
    }

    @Test
    void followsIndexesOnlyThreeLevelsDeep() {
        site.respond("/0.xml", 200, "application/xml", index(site.url("/1.xml")));
        site.respond("/1.xml", 200, "application/xml", index(site.url("/2.xml")));
        site.respond("/2.xml", 200, "application/xml", index(site.url("/3.xml"), site.url("/ondiep.xml")));
        site.respond("/3.xml", 200, "application/xml", index(site.url("/diep.xml")));
        site.respond("/ondiep.xml", 200, "application/xml", urlset(site.url("/ondiep")));
        site.respond("/diep.xml", 200, "application/xml", urlset(site.url("/diep")));

        assertEquals(List.of(site.url("/ondiep")),
                Sitemaps.urls(fetcher, List.of(site.url("/0.xml")), scope(), 100));
        assertEquals(0, site.requests("/diep.xml"));
    }
}
