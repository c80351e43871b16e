package nl.ketenscan.crawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.ketenscan.rules.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RobotsPolicyTest {

    private final FixtureServer site = FixtureServer.start();
    private final Fetcher fetcher = new Fetcher(Duration.ofSeconds(5), 512 * 1024, "ketenscan-test/1.0");

    @AfterEach
    void stopServer() {
        site.close();
    }

    private RobotsPolicy load() {
        return RobotsPolicy.load(fetcher, site.origin(), "ketenscan");
    }

    @Test
    void followsTheGroupForItsOwnAgent() {
        site.respond("/robots.txt", 200, "text/plain", """
                User-agent: *
                Disallow: /

                User-agent: ketenscan
                Disallow: /zoeken
                Allow: /zoeken/hulp
                Crawl-delay: 2
                """);

        RobotsPolicy robots = load();

        assertTrue(robots.allows(site.url("/afval")));
        assertFalse(robots.allows(site.url("/zoeken?q=paspoort")));
        assertTrue(robots.allows(site.url("/zoeken/hulp")));
        assertEquals(Optional.of(Duration.ofSeconds(2)), robots.crawlDelay());
        assertEquals(Optional.empty(), robots.warning());
    }

    @Test
    void fallsBackToTheGroupForAllAgents() {
        site.respond("/robots.txt", 200, "text/plain", """
                User-agent: googlebot
                Disallow: /

                User-agent: *
                Disallow: /intern/
                """);

        RobotsPolicy robots = load();

        assertFalse(robots.allows(site.url("/intern/rooster")));
        assertTrue(robots.allows(site.url("/")));
        assertEquals(Optional.empty(), robots.crawlDelay());
    }

    @Test
    void listsItsSitemapsAsAbsoluteUrls() {
        site.respond("/robots.txt", 200, "text/plain", """
                Sitemap: %s
                User-agent: *
                Disallow:
                Sitemap: %s
                """.formatted(site.url("/sitemap-paginas.xml"), site.url("/sitemap-nieuws.xml#x")));

        assertEquals(List.of(site.url("/sitemap-paginas.xml"), site.url("/sitemap-nieuws.xml")), load().sitemaps());
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() {
        RobotsPolicy robots = load();

        assertTrue(robots.allows(site.url("/alles")));
        assertEquals(List.of(), robots.sitemaps());
        assertEquals(1, site.requests("/robots.txt"));
        assertEquals(Optional.empty(), robots.warning());
    }

    @Test
    void aServerErrorAllowsNothingAndSaysWhy() {
        site.respond("/robots.txt", 503, "text/plain", "onderhoud");

        RobotsPolicy robots = load();

        assertFalse(robots.allows(site.url("/")));
        assertEquals(Message.of("note.robots-unavailable", site.url("/robots.txt"), 503), robots.warning().orElseThrow());
    }

    @Test
    void aRedirectWithinTheSiteIsFollowed() {
        site.redirect("/robots.txt", 301, "/static/robots.txt");
        site.respond("/static/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /prive\n");

        assertFalse(load().allows(site.url("/prive")));
    }

    @Test
    void aRedirectToAnotherHostIsNotFollowedAndAllowsEverything() {
        try (FixtureServer elsewhere = FixtureServer.start("127.0.0.2")) {
            elsewhere.respond("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /\n");
            site.redirect("/robots.txt", 302, elsewhere.url("/robots.txt"));

            RobotsPolicy robots = load();

            assertTrue(robots.allows(site.url("/")));
            assertEquals(0, elsewhere.requests().size());
            assertTrue(robots.warning().isPresent());
        }
    }

    @Test
    void takesTheOriginOfAnyUrl() {
        site.respond("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /prive\n");

        RobotsPolicy robots = RobotsPolicy.load(fetcher, site.url("/some/page?x=1"), "ketenscan");

        assertFalse(robots.allows(site.url("/prive")));
    }
}
