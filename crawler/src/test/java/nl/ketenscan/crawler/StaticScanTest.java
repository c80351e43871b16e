package nl.ketenscan.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.Fetcher;
import nl.ketenscan.crawler.crawl.FixtureServer;
import nl.ketenscan.crawler.crawl.HostBreaker;
import nl.ketenscan.crawler.crawl.HostPoliteness;
import nl.ketenscan.crawler.crawl.UrlTraps;
import nl.ketenscan.crawler.documents.SamplePdfs;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanNote;
import nl.ketenscan.rules.ScanResults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine without a browser ({@code --no-browser}) against fixture sites on loopback: own rules on
 * the fetched HTML, and how a crawl stays bounded and polite whatever a site does.
 */
class StaticScanTest {

    private static final Limits LIMITS = new Limits(1000, 1000, Duration.ofSeconds(5), Duration.ofSeconds(5),
            1_000_000, 1, 4, 1000);
    private static final Limits LIMITS_DEPTH_0 = new Limits(1000, 0, Duration.ofSeconds(5), Duration.ofSeconds(5),
            1_000_000, 1, 4, 1000);

    private final List<FixtureServer> servers = new ArrayList<>();
    private final List<ScanNote> told = new ArrayList<>();
    private final ScanListener listener = new ScanListener() {
        @Override
        public void pageDone(String organisation, String url, boolean failed, int done, int queued) {
        }

        @Override
        public synchronized void note(String organisation, Message message) {
            told.add(new ScanNote(organisation, message));
        }
    };

    @TempDir
    Path dir;

    @AfterEach
    void stopServers() {
        servers.forEach(FixtureServer::close);
    }

    @Test
    void checksTheFetchedHtmlWithTheOwnRulesAndSaysAxeDidNotRun() {
        FixtureServer site = server("127.0.0.1");
        site.page("/", page("Afval", "<p>Wilt u een container? <a href=\"/container/\">Klik hier</a>.</p>"));
        site.page("/container/", page("Container aanvragen", "<p>Vul het formulier in.</p>"));

        ScanResults results = scan(organisation("Gemeente", site));

        assertTrue(results.complete());
        OrganisationResults gemeente = results.organisations().get(0);
        assertEquals(2, gemeente.pages().size());
        PageResult home = page(gemeente, site.url("/"));
        assertNull(home.error());
        assertEquals("Afval", home.title());
        assertEquals("nl", home.lang());
        assertTrue(home.findings().stream().anyMatch(f -> f.rule().equals("link-text-generic")), home.findings().toString());
        assertTrue(home.findings().stream().allMatch(f -> f.engine() == Engine.KETENSCAN));
        assertEquals(0, home.loadMillis(), "no browser loaded it");
        assertEquals(Message.of("note.static-mode"), results.notes().get(0).message());
        assertNull(results.notes().get(0).organisation());
        assertEquals(1, site.requests("/"), "fetched once, never rendered");
    }

    @Test
    void followsOnlyTheServedLinksAndSaysScriptBuiltLinksWereNotFollowed() {
        FixtureServer site = server("127.0.0.1");
        JavaScriptMenuSite.serve(site);

        ScanResults results = scan(organisation("Gemeente", site));

        assertEquals(List.of(site.url("/")), results.organisations().get(0).pages().stream().map(PageResult::url).toList());
        assertEquals(Message.of("note.static-mode"), results.notes().get(0).message(), "its words say so");
    }

    @Test
    void anEndlessCalendarIsFollowedOnlySoFarAndTheReportSaysSo() {
        FixtureServer site = server("127.0.0.1");
        site.page("/", page("Home", "<a href=\"/agenda?maand=1\">Agenda</a>"));
        site.handle("/agenda", exchange -> {
            int month = Integer.parseInt(exchange.getRequestURI().getQuery().substring("maand=".length()));
            byte[] html = page("Agenda maand " + month, "<a href=\"/agenda?maand=" + (month + 1) + "\">Volgende maand</a>"
                    + " <a href=\"/a/b/a/b/a/b/\">Rondje</a>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            FixtureServer.send(exchange, 200, html);
        });

        ScanResults results = scan(organisation("Gemeente", site));

        assertTrue(results.complete(), "a bounded trap leaves nothing unvisited");
        assertEquals(UrlTraps.CALENDAR_VARIANTS, site.requests("/agenda"));
        assertEquals(0, site.requests("/a/b/a/b/a/b/"));
        List<Message> notes = results.notes().stream().map(ScanNote::message).toList();
        Message calendar = Message.of("note.trap.calendar", "/agenda?maand", UrlTraps.CALENDAR_VARIANTS, site.url("/agenda?maand=25"));
        assertTrue(notes.contains(calendar), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.key().equals("note.trap.repeat")), notes.toString());
        assertTrue(told.stream().anyMatch(n -> n.message().equals(calendar)), "told while scanning too");
    }

    /** The trap counts live in memory; a resumed scan must not start counting a calendar from zero. */
    @Test
    void aResumedScanFollowsACalendarNoFurtherThanAnUninterruptedOne() throws InterruptedException {
        FixtureServer site = server("127.0.0.1");
        site.page("/", page("Home", "<a href=\"/agenda?maand=1\">Agenda</a>"));
        site.handle("/agenda", exchange -> {
            int month = Integer.parseInt(exchange.getRequestURI().getQuery().substring("maand=".length()));
            byte[] html = page("Agenda maand " + month, "<a href=\"/agenda?maand=" + (month + 1) + "\">Volgende maand</a>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            FixtureServer.send(exchange, 200, html);
        });
        Organisation gemeente = organisation("Gemeente", site);
        try (ScanStore store = ScanStore.open(dir)) {
            store.begin("static-test", Instant.now(), "test", "none", List.of(gemeente));
            AtomicReference<ScanEngine> engine = new AtomicReference<>();
            engine.set(ScanEngine.withoutBrowser(store, fetcher(Credentials.none()), LIMITS, new ScanListener() {
                @Override
                public void pageDone(String organisation, String url, boolean failed, int done, int queued) {
                    if (done == 10) {
                        engine.get().stop();
                    }
                }

                @Override
                public void note(String organisation, Message message) {
                }
            }));
            assertFalse(engine.get().run(), "stopped halfway through the calendar");
        }

        ScanResults results = scan(gemeente);

        assertTrue(results.complete());
        assertEquals(UrlTraps.CALENDAR_VARIANTS, site.requests("/agenda"));
        assertEquals(1 + UrlTraps.CALENDAR_VARIANTS, results.organisations().get(0).pages().size());
    }

    @Test
    void sessionIdsInLinksDoNotMakeNewPages() {
        FixtureServer site = server("127.0.0.1");
        site.handle("/", exchange -> {
            String session = Long.toHexString(System.nanoTime()) + "0123456789abcdef";
            byte[] html = page("Home", "<a href=\"/;jsessionid=" + session + "\">Home</a>"
                    + " <a href=\"/contact?PHPSESSID=" + session + "\">Contact</a>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            FixtureServer.send(exchange, 200, html);
        });
        site.page("/contact", page("Contact", "<a href=\"/?sid=" + "a1b2c3d4e5f6a7b8c9d0" + "\">Home</a>"));

        ScanResults results = scan(organisation("Gemeente", site));

        assertEquals(List.of(site.url("/"), site.url("/contact")),
                results.organisations().get(0).pages().stream().map(PageResult::url).toList());
        assertEquals(1, site.requests("/"));
    }

    @Test
    void aHostThatKeepsFailingIsGivenUpWithANoteAndTheScanIsIncomplete() {
        FixtureServer site = server("127.0.0.1");
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            links.append("<a href=\"/p").append(i).append("/\">Pagina ").append(i).append("</a> ");
        }
        site.page("/", page("Home", links.toString()));
        for (int i = 0; i < 30; i++) {
            site.handle("/p" + i + "/", exchange -> {
                exchange.getResponseHeaders().set("Retry-After", "0");
                FixtureServer.send(exchange, 503, "onderhoud".getBytes(StandardCharsets.UTF_8));
            });
        }

        ScanResults results = scan(organisation("Gemeente", site));

        assertFalse(results.complete(), "the pages of the host given up are still to do");
        long failedPages = results.organisations().get(0).pages().stream().filter(p -> p.httpStatus() == 503).count();
        assertTrue(failedPages >= HostBreaker.DEFAULT_THRESHOLD && failedPages < 30, failedPages + " pages answered 503");
        int pageRequests = site.requests().size() - site.requests("/") - site.requests("/robots.txt")
                - site.requests("/sitemap.xml");
        assertEquals(failedPages * 3, pageRequests, "each failed page asked three times, the rest not at all");
        ScanNote note = results.notes().stream().filter(n -> n.message().key().equals("note.host-stopped")).findFirst()
                .orElseThrow(() -> new AssertionError(results.notes().toString()));
        assertEquals("Gemeente", note.organisation());
        assertEquals(site.hostAndPort(), note.message().args().get(0));
    }

    @Test
    void binaryDataCalledHtmlIsRecordedNotChecked() {
        FixtureServer site = server("127.0.0.1");
        site.page("/", page("Home", "<a href=\"/verslag\">Jaarverslag</a>"));
        site.respond("/verslag", 200, "text/html", "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");

        ScanResults results = scan(organisation("Gemeente", site));

        PageResult pdf = page(results.organisations().get(0), site.url("/verslag"));
        assertEquals(List.of(Message.of("page-error.binary", "text/html", "a PDF document")), pdf.error());
        assertEquals(List.of(), pdf.findings());
        assertNull(pdf.features(), "not parsed as a page");
    }

    @Test
    void aLinkedPdfIsReadAndJudgedByTheDocumentRulesNeverRendered() {
        FixtureServer site = server("127.0.0.1");
        site.page("/", page("Home", "<a href=\"/verslag.pdf\">Jaarverslag</a> <a href=\"/folder.pdf\">Folder</a>"));
        site.respond("/verslag.pdf", 200, "application/pdf", SamplePdfs.accessible());
        site.respond("/folder.pdf", 200, "application/pdf", SamplePdfs.untagged());

        OrganisationResults gemeente = scan(organisation("Gemeente", site)).organisations().get(0);

        PageResult accessible = page(gemeente, site.url("/verslag.pdf"));
        assertNull(accessible.error());
        assertEquals(List.of(), accessible.findings().stream().filter(f -> f.engine() == Engine.KETENSCAN).toList());
        assertEquals(Set.of(), accessible.features(), "checked, so the report does not call it unchecked");
        PageResult untagged = page(gemeente, site.url("/folder.pdf"));
        assertEquals(Set.of("pdf-tagged", "pdf-language", "pdf-title"), untagged.findings().stream()
                .filter(f -> f.engine() == Engine.KETENSCAN).map(Finding::rule).collect(Collectors.toSet()));
        assertTrue(untagged.findings().stream().anyMatch(f -> f.engine() == Engine.VERAPDF),
                "veraPDF's PDF/UA-1 checks beside the own rules");
    }

    @Test
    void aCrawlDelayInRobotsTxtIsHonouredAndNoted() {
        FixtureServer site = server("127.0.0.1");
        site.respond("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 1\n");
        site.page("/", page("Home", "<a href=\"/a/\">A</a>"));
        site.page("/a/", page("A", ""));

        ScanResults results = scan(organisation("Gemeente", site));

        assertEquals(2, results.organisations().get(0).pages().size());
        assertTrue(results.notes().stream().map(ScanNote::message)
                        .anyMatch(n -> n.key().equals("note.crawl-delay") && n.args().get(1).equals(1000L)),
                results.notes().toString());
    }

    @Test
    void aCrawlDelayDeclinedIsNotedAsTheDelayNotAsRobotsTxtForbiddingTheSeed() {
        FixtureServer site = server("127.0.0.1");
        site.respond("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 3600\n");
        site.page("/", page("Home", ""));

        ScanResults results = scan(organisation("Gemeente", site));

        assertEquals(0, results.organisations().get(0).pages().size());
        assertEquals(0, site.requests("/"));
        List<Message> notes = results.notes().stream().map(ScanNote::message).toList();
        assertTrue(notes.contains(Message.of("note.seed-not-scanned", site.url("/"),
                Message.of("note.robots-delay-declined", site.url("/robots.txt"), 3600L, 5L))), notes.toString());
        assertTrue(notes.stream().noneMatch(n -> n.key().equals("note.seed-forbidden")), notes.toString());
    }

    @Test
    void maxDepthZeroScansTheSeedsAndNoUrlOfTheSitemap() {
        FixtureServer site = server("127.0.0.1");
        site.respond("/sitemap.xml", 200, "application/xml", "<?xml version=\"1.0\"?><urlset xmlns="
                + "\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + site.url("/uit-sitemap/")
                + "</loc></url></urlset>");
        site.page("/", page("Home", "<a href=\"/a/\">A</a>"));
        site.page("/uit-sitemap/", page("Sitemap", ""));

        ScanResults results = scan(LIMITS_DEPTH_0, Credentials.none(), organisation("Gemeente", site));

        assertEquals(List.of(site.url("/")), results.organisations().get(0).pages().stream().map(PageResult::url).toList());
        assertEquals(0, site.requests("/uit-sitemap/") + site.requests("/a/"));
        assertEquals(0, site.requests("/sitemap.xml"), "not even read");
    }

    /** robots.txt is the first request a site gets, also from the seed check; a seed it disallows is never asked. */
    @Test
    void robotsTxtComesFirstAndASeedItDisallowsIsNeverRequested() {
        FixtureServer site = server("127.0.0.1");
        site.respond("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /intern/\n\nSitemap: "
                + site.url("/sitemap.xml") + "\n");
        site.respond("/sitemap.xml", 200, "application/xml", "<?xml version=\"1.0\"?><urlset xmlns="
                + "\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + site.url("/") + "</loc></url></urlset>");
        site.page("/", page("Home", ""));
        site.page("/intern/", page("Intern", ""));
        Organisation gemeente = Organisation.of("Gemeente", Role.GEMEENTE, List.of(site.url("/intern/"), site.url("/")));

        SeedCheck check = SeedCheck.of(fetcher(Credentials.none()), List.of(gemeente));
        ScanResults results = scan(gemeente);

        assertFalse(check.noneReachable());
        assertEquals(0, site.requests("/intern/"), "the disallowed seed is never requested");
        List<String> paths = site.requests().stream().map(FixtureServer.Request::path).toList();
        assertEquals("/robots.txt", paths.get(0), paths.toString());
        assertTrue(paths.indexOf("/sitemap.xml") < paths.indexOf("/"), "the sitemap is read before any page: " + paths);
        assertEquals(1, results.organisations().get(0).pages().size());
    }

    @Test
    void credentialsReachTheirHostButNeverTheStore() throws Exception {
        FixtureServer site = server("127.0.0.1");
        FixtureServer partner = server("127.0.0.2");
        site.page("/", page("Intranet", "<a href=\"" + partner.url("/") + "\">Partner</a>"));
        partner.page("/", page("Partner", ""));
        Organisation both = new Organisation("Gemeente", Role.GEMEENTE, List.of(site.url("/")),
                Set.of(partner.hostAndPort()), List.of(), List.of());
        Credentials login = Credentials.parse("127.0.0.1 Authorization: Bearer geheim-7f3a9", "", "test");

        ScanResults results = scan(login, both);

        assertEquals(2, results.organisations().get(0).pages().size());
        assertTrue(site.requests().stream().allMatch(r -> "Bearer geheim-7f3a9".equals(r.headers().getFirst("Authorization"))));
        assertTrue(partner.requests().stream().noneMatch(r -> r.headers().containsKey("Authorization")));
        assertFalse(results.toString().contains("geheim-7f3a9"));
        for (Path file : Files.list(dir).toList()) {
            assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("geheim-7f3a9"),
                    file + " holds the secret");
        }
    }

    private ScanResults scan(Organisation... organisations) {
        return scan(Credentials.none(), organisations);
    }

    /** Scans the organisations, or resumes the scan the folder holds. */
    private ScanResults scan(Credentials credentials, Organisation... organisations) {
        return scan(LIMITS, credentials, organisations);
    }

    private ScanResults scan(Limits limits, Credentials credentials, Organisation... organisations) {
        try (ScanStore store = ScanStore.open(dir)) {
            if (!store.hasScan()) {
                store.begin("static-test", Instant.now(), "test", "none", List.of(organisations));
            }
            ScanEngine.withoutBrowser(store, fetcher(credentials), limits, listener).run();
            return store.results();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while scanning", e);
        }
    }

    private static Fetcher fetcher(Credentials credentials) {
        return new Fetcher(LIMITS.requestTimeout(), LIMITS.maxPageBytes(), "ketenscan-static-test",
                new HostPoliteness(LIMITS.hostConnections(), LIMITS.hostRequestsPerSecond()), credentials);
    }

    private FixtureServer server(String loopbackAddress) {
        FixtureServer server = FixtureServer.start(loopbackAddress);
        servers.add(server);
        return server;
    }

    private static Organisation organisation(String name, FixtureServer site) {
        return Organisation.of(name, Role.GEMEENTE, List.of(site.url("/")));
    }

    private static PageResult page(OrganisationResults results, String url) {
        return results.pages().stream().filter(p -> p.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("no page " + url));
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1>" + body + "</main></body></html>";
    }
}
