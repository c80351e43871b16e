package nl.ketenscan.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.Fetcher;
import nl.ketenscan.crawler.crawl.FixtureServer;
import nl.ketenscan.crawler.crawl.HostPoliteness;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.StopReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each page once: redirect sources and {@code index.html} forms are aliases of the page they show,
 * never checked, counted or limited as pages; pages answering an error keep the pages linking to
 * them; and each organisation says why its crawl stopped. Without a browser, on loopback sites.
 */
class PageAliasesTest {

    private static final ScanListener QUIET = new ScanListener() {
        @Override
        public void pageDone(String organisation, String url, boolean failed, int done, int queued) {
        }

        @Override
        public void note(String organisation, Message message) {
        }
    };

    @TempDir
    Path dir;

    private final List<FixtureServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(FixtureServer::close);
    }

    @Test
    void aPageReachedThroughSeveralAddressesIsOnePageWithItsAliases() {
        FixtureServer site = server("127.0.0.1");
        site.redirect("/", 302, "/nl/");
        site.redirect("/nl", 301, "/nl/");
        site.redirect("/app", 302, "/nl/");
        site.page("/nl/", page("Home", links("/privacy", "/privacy/", "/x/", "/x/index.html", "/nl", "/app")));
        site.redirect("/privacy", 301, "/privacy/");
        site.page("/privacy/", page("Privacy", links("/nl/")));
        site.page("/x/", page("Afval", links("/x/index.html")));
        site.page("/x/index.html", page("Afval", links("/x/")));

        OrganisationResults gemeente = scan(1000, organisation("Gemeente", site)).organisations().get(0);

        // whichever of /x/ and /x/index.html a worker reached first is the page, the other its alias
        PageResult afval = gemeente.pages().stream().filter(p -> p.url().contains("/x/")).findFirst().orElseThrow();
        String otherForm = afval.url().endsWith("index.html") ? site.url("/x/") : site.url("/x/index.html");
        assertEquals(Set.of(site.url("/nl/"), site.url("/privacy/"), afval.url()),
                Set.copyOf(gemeente.pages().stream().map(PageResult::url).toList()));
        assertEquals(Set.of(site.url("/"), site.url("/nl"), site.url("/app")),
                Set.copyOf(gemeente.linksOf(site.url("/nl/")).aliases()));
        assertEquals(List.of(site.url("/privacy")), gemeente.linksOf(site.url("/privacy/")).aliases());
        assertEquals(List.of(otherForm), gemeente.linksOf(afval.url()).aliases());
        assertTrue(gemeente.complete());
    }

    @Test
    void aliasesDoNotCountAgainstThePageLimit() {
        FixtureServer site = server("127.0.0.1");
        site.redirect("/", 302, "/nl/");
        site.page("/nl/", page("Home", links("/nl/index.html", "/a", "/b/")));
        site.page("/nl/index.html", page("Home", links("/a", "/b/")));
        site.redirect("/a", 301, "/a/");
        site.page("/a/", page("A", links("/nl/")));
        site.page("/b/", page("B", links("/nl/")));

        OrganisationResults gemeente = scan(3, organisation("Gemeente", site)).organisations().get(0);

        assertEquals(3, gemeente.pages().size(), gemeente.pages().toString());
        assertTrue(gemeente.complete(), "three pages behind five addresses fit a limit of three");
    }

    @Test
    void aBrokenPageListsThePagesThatLinkToIt() {
        FixtureServer site = server("127.0.0.1");
        site.page("/", page("Home", links("/kapot", "/nieuws/")));
        site.page("/nieuws/", page("Nieuws", links("/kapot", "/")));
        site.respond("/kapot", 404, "text/html", "<p>weg</p>");

        OrganisationResults gemeente = scan(1000, organisation("Gemeente", site)).organisations().get(0);

        PageResult broken = gemeente.pages().stream().filter(p -> p.url().equals(site.url("/kapot"))).findFirst()
                .orElseThrow();
        assertEquals(404, broken.httpStatus());
        assertEquals(Set.of(site.url("/"), site.url("/nieuws/")),
                Set.copyOf(gemeente.linksOf(broken.url()).linkedFrom()));
    }

    @Test
    void onePartnerReachingItsPageLimitLeavesTheOthersComplete() {
        FixtureServer gemeenteSite = server("127.0.0.1");
        gemeenteSite.page("/", page("Home", links("/a/")));
        gemeenteSite.page("/a/", page("A", ""));
        FixtureServer partnerSite = server("127.0.0.2");
        partnerSite.page("/", page("Bieb", links("/1/", "/2/", "/3/")));
        for (String path : List.of("/1/", "/2/", "/3/")) {
            partnerSite.page(path, page("Boek", ""));
        }

        ScanResults results = scan(3, organisation("Gemeente", gemeenteSite), organisation("Bibliotheek", partnerSite));

        assertNull(results.organisations().get(0).stopReason());
        assertEquals(StopReason.PAGE_LIMIT, results.organisations().get(1).stopReason());
        assertEquals(false, results.complete());
    }

    private ScanResults scan(int maxPages, Organisation... organisations) {
        Limits limits = new Limits(maxPages, 1000, Duration.ofSeconds(5), Duration.ofSeconds(5), 1_000_000, 1, 4, 1000);
        try (ScanStore store = ScanStore.open(dir)) {
            store.begin("alias-test", Instant.now(), "test", "none", List.of(organisations));
            Fetcher fetcher = new Fetcher(limits.requestTimeout(), limits.maxPageBytes(), "ketenscan-alias-test",
                    new HostPoliteness(limits.hostConnections(), limits.hostRequestsPerSecond()), Credentials.none());
            ScanEngine.withoutBrowser(store, fetcher, limits, QUIET).run();
            return store.results();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while scanning", e);
        }
    }

    private FixtureServer server(String loopbackAddress) {
        FixtureServer server = FixtureServer.start(loopbackAddress);
        servers.add(server);
        return server;
    }

    private static Organisation organisation(String name, FixtureServer site) {
        return Organisation.of(name, Role.GEMEENTE, List.of(site.url("/")));
    }

    private static String links(String... paths) {
        StringBuilder html = new StringBuilder("<ul>");
        for (String path : paths) {
            html.append("<li><a href=\"").append(path).append("\">Naar ").append(path).append("</a></li>");
        }
        return html.append("</ul>").toString();
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1>" + body + "</main></body></html>";
    }
}
