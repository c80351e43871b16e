package nl.ketenscan.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import nl.ketenscan.crawler.browser.BrowserPool;
import nl.ketenscan.crawler.browser.BrowserSettings;
import nl.ketenscan.crawler.crawl.Fetcher;
import nl.ketenscan.crawler.crawl.FixtureServer;
import nl.ketenscan.crawler.documents.SamplePdfs;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole engine against fixture sites on loopback, with real Chromium and a real scan store.
 *
 * <p>Requests are told apart by their User-Agent: the fetcher sends {@value #AGENT}, Chromium its own.
 * Every HTML page is therefore requested twice in all, once by the fetcher (for its status, type and
 * links) and once by the browser (to render and check it); a document such as a PDF only once, by the
 * fetcher. "Visited once" means exactly that.
 */
class ScanEngineWithChromiumTest {

    private static final String AGENT = "ketenscan-engine-test";
    private static final Duration BUDGET = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
    private static final Limits LIMITS = new Limits(50, 5, REQUEST_TIMEOUT, BUDGET, 1_000_000, 2);
    static final ScanListener UNWATCHED = new ScanListener() {
        @Override
        public void pageDone(String organisation, String url, boolean failed, int done, int queued) {
        }

        @Override
        public void note(String organisation, Message message) {
        }
    };

    private static BrowserPool browsers;

    private final List<FixtureServer> servers = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void startBrowsers() {
        browsers = new BrowserPool(BrowserSettings.local(BUDGET), 2);
    }

    @AfterAll
    static void stopBrowsers() {
        browsers.close();
    }

    @AfterEach
    void stopServers() {
        servers.forEach(FixtureServer::close);
    }

    @Test
    void visitsEachPageOfTheOrganisationOnceWithinScopeAndRobotsTxt() {
        FixtureServer site = server("127.0.0.1");
        FixtureServer elsewhere = server("127.0.0.2");
        elsewhere.page("/", page("Partner", ""));
        site.page("/", page("Home", """
                <a href="/a/">A</a> <a href="/a/#inhoud">A, section</a> <a href="a/">A, relative</a>
                <a href="HTTP://%s/a/">A, absolute</a> <a href="/b/">B</a> <a href="/c/../b/">B, dot segments</a>
                <a href="javascript:alert(1)">Script</a> <a href="mailto:info@example.nl">Mail</a>
                <a href="file:///etc/passwd">File</a> <a href="tel:+31201234567">Bel</a>
                <a href="%s">Partner</a> <a href="/intern/">Intern</a> <a href="/jaarverslag.pdf">Jaarverslag</a>
                """.formatted(site.hostAndPort(), elsewhere.url("/"))));
        site.page("/a/", page("A", "<img src=\"/logo.png\"> <a href=\"/\">Home</a> <a href=\"/b/#top\">B</a>"));
        site.page("/b/", page("B", "<a href=\"/intern/geheim/\">Geheim</a> <a href=\"/a/\">A</a>"));
        site.page("/nieuws/archief/", page("Archief", "<p>Alleen via de sitemap te vinden.</p>"));
        site.page("/intern/", page("Intern", "<img src=\"/intern.png\">"));
        site.page("/intern/geheim/", page("Geheim", "<img src=\"/geheim.png\">"));
        site.respond("/jaarverslag.pdf", 200, "application/pdf", SamplePdfs.accessible());
        site.respond("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /intern/\n\nSitemap: "
                + site.url("/kaart.xml") + "\n");
        site.respond("/kaart.xml", 200, "application/xml", sitemap(site.url("/"), site.url("/nieuws/archief/"),
                elsewhere.url("/uit-de-sitemap/")));

        ScanResults results = scan(dir, LIMITS, organisation("Gemeente", site));

        assertTrue(results.complete());
        OrganisationResults gemeente = results.organisations().get(0);
        assertEquals(sorted(site.url("/"), site.url("/a/"), site.url("/b/"), site.url("/nieuws/archief/"),
                site.url("/jaarverslag.pdf")), sorted(urls(gemeente)), "each page once, nothing else");
        assertEquals(List.of(), elsewhere.requests(), "another host is never contacted");
        assertEquals(0, site.requests("/intern/") + site.requests("/intern/geheim/"), "robots.txt forbids /intern/");
        for (String html : List.of("/", "/a/", "/b/", "/nieuws/archief/")) {
            assertEquals(1, fetched(site, html), "fetched once: " + html);
            assertEquals(1, rendered(site, html), "rendered once: " + html);
        }
        assertEquals(1, fetched(site, "/jaarverslag.pdf"));
        assertEquals(0, rendered(site, "/jaarverslag.pdf"), "a PDF is not opened in the browser");

        List<Finding> onA = axeFindings(page(gemeente, site.url("/a/")));
        assertEquals(List.of("image-alt"), onA.stream().map(Finding::rule).toList());
        assertEquals(Outcome.FAILED, onA.get(0).outcome());
        assertTrue(onA.get(0).criteria().contains("1.1.1"), onA.get(0).criteria().toString());
        for (String clean : List.of("/", "/b/", "/nieuws/archief/")) {
            PageResult result = page(gemeente, site.url(clean));
            assertNull(result.error(), clean);
            assertEquals(List.of(), axeFindings(result), clean);
        }
        assertEquals("Archief", page(gemeente, site.url("/nieuws/archief/")).title());

        PageResult pdf = page(gemeente, site.url("/jaarverslag.pdf"));
        assertEquals(200, pdf.httpStatus());
        assertEquals("application/pdf", pdf.contentType());
        assertNull(pdf.error());
        assertEquals(List.of(), pdf.findings().stream().filter(f -> f.engine() == Engine.KETENSCAN).toList());
        assertEquals(0, pdf.loadMillis(), "never rendered");
    }

    @Test
    void followsLinksNoDeeperThanMaxDepth() {
        FixtureServer site = server("127.0.0.1");
        site.page("/", page("Diepte 0", "<a href=\"/1/\">Verder</a>"));
        site.page("/1/", page("Diepte 1", "<a href=\"/2/\">Verder</a>"));
        site.page("/2/", page("Diepte 2", "<a href=\"/3/\">Verder</a>"));
        site.page("/3/", page("Diepte 3", ""));

        ScanResults results = scan(dir, withMaxDepth(2), organisation("Gemeente", site));

        assertEquals(List.of(site.url("/"), site.url("/1/"), site.url("/2/")), urls(results.organisations().get(0)));
        assertEquals(0, site.requests("/3/"));
    }

    @Test
    void scansAtMostMaxPagesPerOrganisationAndCallsTheScanIncomplete() {
        FixtureServer large = server("127.0.0.1");
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            large.page("/p" + i + "/", page("Pagina " + i, ""));
            links.append("<a href=\"/p").append(i).append("/\">Pagina ").append(i).append("</a> ");
        }
        large.page("/", page("Groot", links.toString()));
        FixtureServer small = server("127.0.0.1");
        small.page("/", page("Klein", "<a href=\"/enige/\">Enige</a>"));
        small.page("/enige/", page("Enige", ""));

        ScanResults results = scan(dir, withMaxPages(3),
                organisation("Groot", large), organisation("Klein", small));

        assertFalse(results.complete(), "pages were left unvisited");
        assertEquals(3, results.organisations().get(0).pages().size());
        assertEquals(2, results.organisations().get(1).pages().size(), "the budget is per organisation");
        int pagesFetched = fetched(large, "/") + IntStream.rangeClosed(1, 6).map(i -> fetched(large, "/p" + i + "/")).sum();
        assertEquals(3, pagesFetched, "pages over the budget are not even fetched");
    }

    @Test
    void recordsEveryBadPageWithItsProblemAndGoesOn() throws IOException {
        FixtureServer site = server("127.0.0.1");
        FixtureServer elsewhere = server("127.0.0.2");
        site.page("/", page("Home", """
                <a href="/bestaat-niet/">404</a> <a href="/kapot/">500</a> <a href="/lus/">Lus</a>
                <a href="/traag/">Traag</a> <a href="/laadt-door/">Laadt door</a> <a href="/alert/">Alert</a>
                <a href="/gegevens.json">JSON</a> <a href="/latin/">Latin</a> <a href="/weg/">Weg</a>
                <a href="/naar-intern/">Naar intern</a>
                """));
        site.respond("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /intern/\n");
        site.respond("/kapot/", 500, "text/html; charset=utf-8", "<h1>Interne fout</h1>");
        site.redirect("/lus/", 302, "/lus/2/");
        site.redirect("/lus/2/", 302, "/lus/");
        site.handle("/traag/", exchange -> {
            sleep(REQUEST_TIMEOUT.plusSeconds(2));
            FixtureServer.send(exchange, 200, page("Te laat", "").getBytes(StandardCharsets.UTF_8));
        });
        site.page("/laadt-door/", page("Laadt door", "<p>Bijna klaar</p><img src=\"/laadt-door/foto.jpg\">"));
        site.handle("/laadt-door/foto.jpg", exchange -> {
            sleep(BUDGET.plusSeconds(3));
            FixtureServer.send(exchange, 404, new byte[0]);
        });
        site.page("/alert/", page("Welkom", "<script>alert('Welkom!')</script><img src=\"/na-alert.png\">"));
        site.respond("/gegevens.json", 200, "application/json", "{\"afval\": \"dinsdag\"}");
        site.respond("/latin/", 200, "text/html; charset=utf-8", invalidUtf8Page());
        site.page("/na-latin/", page("Na latin", ""));
        site.redirect("/weg/", 302, elsewhere.url("/"));
        site.redirect("/naar-intern/", 302, "/intern/");
        site.page("/intern/", page("Intern", ""));
        String unreachable = "http://127.0.0.1:" + closedPort() + "/";
        List<Organisation> organisations = List.of(
                Organisation.of("Onbereikbaar", Role.KETENPARTNER, List.of(unreachable)), organisation("Gemeente", site));

        SeedCheck seeds = SeedCheck.of(fetcher(LIMITS), organisations);
        assertEquals(1, seeds.problems().size(), seeds.problems().toString());
        assertTrue(seeds.problems().get(0).contains(unreachable), seeds.problems().get(0));
        assertFalse(seeds.noneReachable());

        ScanResults results = scan(dir, LIMITS, organisations);

        assertTrue(results.complete());
        PageResult down = results.organisations().get(0).pages().get(0);
        assertEquals(unreachable, down.url());
        assertEquals(0, down.httpStatus());
        assertTrue(down.error().toString().contains("could not connect"), down.error().toString());

        OrganisationResults gemeente = results.organisations().get(1);
        assertEquals(12, gemeente.pages().size(), urls(gemeente).toString());
        assertEquals(List.of(Message.of("page-error.http-status", 404)), page(gemeente, site.url("/bestaat-niet/")).error());
        assertEquals(List.of(Message.of("page-error.http-status", 500)), page(gemeente, site.url("/kapot/")).error());
        assertError(page(gemeente, site.url("/lus/")), 302, "redirect loop");
        assertError(page(gemeente, site.url("/traag/")), 0, "no complete answer");
        assertError(page(gemeente, site.url("/weg/")), 302, "leaves the organisation's scope");
        assertEquals(List.of(), elsewhere.requests(), "a redirect to another host is not followed");
        assertError(page(gemeente, site.url("/naar-intern/")), 302, "robots.txt");
        assertEquals(0, site.requests("/intern/"), "a redirect into a forbidden path is not followed");

        PageResult slow = page(gemeente, site.url("/laadt-door/"));
        assertTrue(slow.error().toString().contains("page-error.load-timeout"), slow.error().toString());
        assertEquals(List.of("image-alt"), axeFindings(slow).stream().map(Finding::rule).toList(),
                "what had loaded is checked");

        PageResult alert = page(gemeente, site.url("/alert/"));
        assertNull(alert.error());
        assertEquals("Welkom", alert.title());
        assertEquals(List.of("image-alt"), axeFindings(alert).stream().map(Finding::rule).toList());

        PageResult json = page(gemeente, site.url("/gegevens.json"));
        assertNull(json.error());
        assertEquals("application/json", json.contentType());
        assertEquals(List.of(), json.findings());
        assertEquals(0, rendered(site, "/gegevens.json"));

        PageResult latin = page(gemeente, site.url("/latin/"));
        assertTrue(latin.error().toString().contains("page-error.invalid-encoding, args=[UTF-8"),
                "recorded, and the page still checked: " + latin.error());
        assertEquals("Caf\uFFFD", latin.title());
        assertNull(page(gemeente, site.url("/na-latin/")).error(), "links after the broken bytes are followed");
    }

    @Test
    void aStoppedScanResumedByANewEngineEndsLikeAnUninterruptedOne() throws InterruptedException {
        FixtureServer site = server("127.0.0.1");
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            String body = switch (i % 3) {
                case 0 -> "<img src=\"/foto" + i + ".png\">";
                case 1 -> "<label>Naam</label><input type=\"text\" name=\"naam\">";
                default -> "<p>Niets bijzonders.</p>";
            };
            site.page("/p" + i + "/", page("Pagina " + i, body + "<a href=\"/p" + (i % 8 + 1) + "/\">Volgende</a>"));
            links.append("<a href=\"/p").append(i).append("/\">Pagina ").append(i).append("</a> ");
        }
        site.page("/", page("Home", links.toString()));
        Organisation gemeente = organisation("Gemeente", site);

        Path stopped = dir.resolve("stopped");
        try (ScanStore store = ScanStore.open(stopped)) {
            store.begin("stopped", Instant.now(), "test", browsers.axeVersion(), List.of(gemeente));
            StopAfter stopAfterThree = new StopAfter(3);
            ScanEngine engine = new ScanEngine(store, fetcher(LIMITS), browsers, LIMITS, stopAfterThree);
            stopAfterThree.engine.set(engine);
            assertFalse(engine.run());
            ScanResults partial = store.results();
            assertFalse(partial.complete());
            int done = partial.organisations().get(0).pages().size();
            assertTrue(done >= 3 && done < 9, "stopped after " + done + " pages");
        }
        ScanResults resumed;
        try (ScanStore store = ScanStore.open(stopped)) {
            store.reopen();
            assertTrue(new ScanEngine(store, fetcher(LIMITS), browsers, LIMITS, UNWATCHED).run());
            resumed = store.results();
        }
        assertTrue(resumed.complete());
        for (int i = 0; i <= 8; i++) {
            String path = i == 0 ? "/" : "/p" + i + "/";
            assertEquals(1, fetched(site, path), "stopping and resuming fetches no page twice: " + path);
        }

        ScanResults whole = scan(dir.resolve("whole"), LIMITS, List.of(gemeente));

        List<String> resumedUrls = urls(resumed.organisations().get(0));
        assertEquals(9, resumedUrls.size());
        assertEquals(sorted(urls(whole.organisations().get(0))), sorted(resumedUrls), "the same pages, each once");
        assertEquals(findingsPerUrl(whole), findingsPerUrl(resumed));
    }

    /** Calls {@link ScanEngine#stop()} once the given number of pages is done, as Ctrl-C would. */
    private static final class StopAfter implements ScanListener {

        private final int pages;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicReference<ScanEngine> engine = new AtomicReference<>();

        StopAfter(int pages) {
            this.pages = pages;
        }

        @Override
        public void pageDone(String organisation, String url, boolean failed, int doneInOrganisation, int queued) {
            if (done.incrementAndGet() == pages) {
                engine.get().stop();
            }
        }

        @Override
        public void note(String organisation, Message message) {
        }
    }

    private FixtureServer server(String loopbackAddress) {
        FixtureServer server = FixtureServer.start(loopbackAddress);
        servers.add(server);
        return server;
    }

    /**
     * A page the browser cannot give a DOM of still gets ketenscan's own rules, on the HTML as served,
     * and its error says axe did not run. Here the server answers the fetcher and drops the browser.
     */
    @Test
    void aPageTheBrowserCannotCheckIsCheckedAsServedWithTheOwnRules() {
        FixtureServer site = server("127.0.0.1");
        site.handle("/", exchange -> {
            if (!AGENT.equals(exchange.getRequestHeaders().getFirst("User-Agent"))) {
                exchange.close();
                return;
            }
            byte[] html = page("Afval", "<p>Een container nodig? <a href=\"/container/\">Klik hier</a>.</p>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            FixtureServer.send(exchange, 200, html);
        });

        ScanResults results = scan(dir, withMaxDepth(0), organisation("Gemeente", site));

        PageResult home = results.organisations().get(0).pages().get(0);
        assertTrue(home.error().contains(Message.of("page-error.served-html-checked")), home.error().toString());
        assertEquals("Afval", home.title());
        assertEquals(List.of("link-text-generic"), home.findings().stream().map(Finding::rule).toList());
    }

    /**
     * A Crawl-delay holds for every request of a page: the fetcher's and the browser's. The browser's
     * request arrives a moment after its turn began, so half the delay is asserted: without the pacing
     * the browser's request came about 150 ms after the fetcher's.
     */
    @Test
    void theBrowsersPageLoadsKeepTheCrawlDelayToo() {
        FixtureServer site = server("127.0.0.1");
        site.page("/", page("Home", "<a href=\"/a/\">A</a>"));
        site.page("/a/", page("A", "<a href=\"/\">Home</a>"));
        site.respond("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 2\n");

        ScanResults results = scan(dir, LIMITS, organisation("Gemeente", site));

        assertEquals(2, results.organisations().get(0).pages().size());
        List<Long> pageRequests = site.requests().stream()
                .filter(request -> request.path().equals("/") || request.path().equals("/a/"))
                .map(FixtureServer.Request::nanoTime)
                .toList();
        assertEquals(4, pageRequests.size(), "each page by the fetcher and by the browser");
        for (int i = 1; i < pageRequests.size(); i++) {
            long gapMillis = (pageRequests.get(i) - pageRequests.get(i - 1)) / 1_000_000;
            assertTrue(gapMillis >= 1000, "request " + i + " came " + gapMillis + " ms after the one before");
        }
    }

    private static ScanResults scan(Path folder, Limits limits, Organisation... organisations) {
        return scan(folder, limits, List.of(organisations));
    }

    private static ScanResults scan(Path folder, Limits limits, List<Organisation> organisations) {
        try (ScanStore store = ScanStore.open(folder)) {
            store.begin(folder.getFileName().toString(), Instant.now(), "test", browsers.axeVersion(), organisations);
            new ScanEngine(store, fetcher(limits), browsers, limits, UNWATCHED).run();
            return store.results();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while scanning", e);
        }
    }

    private static Fetcher fetcher(Limits limits) {
        return new Fetcher(limits.requestTimeout(), limits.maxPageBytes(), AGENT);
    }

    private static Limits withMaxDepth(int maxDepth) {
        return new Limits(LIMITS.maxPages(), maxDepth, LIMITS.requestTimeout(), LIMITS.pageBudget(),
                LIMITS.maxPageBytes(), LIMITS.browsers());
    }

    private static Limits withMaxPages(int maxPages) {
        return new Limits(maxPages, LIMITS.maxDepth(), LIMITS.requestTimeout(), LIMITS.pageBudget(),
                LIMITS.maxPageBytes(), LIMITS.browsers());
    }

    private static Organisation organisation(String name, FixtureServer site) {
        return Organisation.of(name, Role.GEMEENTE, List.of(site.url("/")));
    }

    /** A page that passes axe apart from what {@code body} adds. */
    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1>" + body + "</main></body></html>";
    }

    /** Declared UTF-8, but the title holds a Latin-1 é, a byte that is never valid UTF-8 on its own. */
    private static byte[] invalidUtf8Page() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Caf".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xE9);
        bytes.write(("</title></head><body><main><h1>Caf\u00e9</h1><a href=\"/na-latin/\">Verder</a></main></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static String sitemap(String... urls) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : urls) {
            xml.append("  <url><loc>").append(url).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int fetched(FixtureServer site, String path) {
        return (int) site.requests().stream()
                .filter(r -> r.path().equals(path) && AGENT.equals(r.headers().getFirst("User-Agent")))
                .count();
    }

    private static int rendered(FixtureServer site, String path) {
        return site.requests(path) - fetched(site, path);
    }

    private static List<String> urls(OrganisationResults organisation) {
        return organisation.pages().stream().map(PageResult::url).toList();
    }

    private static List<String> sorted(String... urls) {
        return sorted(List.of(urls));
    }

    private static List<String> sorted(List<String> urls) {
        return urls.stream().sorted().toList();
    }

    private static PageResult page(OrganisationResults organisation, String url) {
        return organisation.pages().stream().filter(p -> p.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError(url + " was not recorded; recorded: " + urls(organisation)));
    }

    /** axe's findings only: ketenscan's own rules judge other things and are tested with their fixtures. */
    private static List<Finding> axeFindings(PageResult page) {
        return page.findings().stream().filter(f -> f.engine() == Engine.AXE).toList();
    }

    private static Map<String, List<String>> findingsPerUrl(ScanResults results) {
        Map<String, List<String>> rules = new TreeMap<>();
        for (PageResult page : results.organisations().get(0).pages()) {
            rules.put(page.url(), page.findings().stream().map(f -> f.rule() + " " + f.selector()).sorted().toList());
        }
        return rules;
    }

    private static void assertError(PageResult page, int status, String expected) {
        assertEquals(status, page.httpStatus(), page.url());
        assertNotNull(page.error(), page.url() + " has no error");
        assertTrue(page.error().toString().contains(expected), page.url() + ": " + page.error());
    }
}
