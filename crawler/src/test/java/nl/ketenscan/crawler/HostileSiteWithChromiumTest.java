package nl.ketenscan.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.ketenscan.crawler.browser.BrowserPool;
import nl.ketenscan.crawler.browser.BrowserSettings;
import nl.ketenscan.crawler.crawl.Fetcher;
import nl.ketenscan.crawler.crawl.FixtureServer;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole engine against a site whose every page tries to break the browser (fixtures in
 * {@code src/test/resources/hostile/}): dialogs, endless scripts before and after loading, endless
 * reloads and redirects, popups in a loop, a very deep and a very large DOM, and a page that never
 * finishes loading. Each page must end with a result or a recorded error, and an ordinary page scanned
 * after all of them must still be checked, which proves the browser survived.
 *
 * <p>One browser, so the pages are checked one after another in the order the index links them, and
 * the ordinary page comes last.
 */
class HostileSiteWithChromiumTest {

    private static final String AGENT = "ketenscan-hostile-test";
    private static final Duration BUDGET = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
    private static final Limits LIMITS = new Limits(50, 1, REQUEST_TIMEOUT, BUDGET, 5_000_000, 1);
    private static final List<String> PAGES = List.of("/dialogen/", "/lus-na-laden/", "/lus-voor-laden/",
            "/herlaadt/", "/naar-zichzelf/", "/doorsturen/", "/vensters/", "/diep/", "/groot/", "/laadt-nooit-uit/",
            "/gewoon/");

    /**
     * The longest one page may take: loading (one budget) and axe (another) in each of two attempts, each
     * attempt possibly ending with a driver that does not answer for the budget plus ChromiumInstance's
     * ten seconds of grace, and a browser restart of at most 15 s after each attempt. Generous on a busy
     * machine; what it catches is a page that holds the scan for good.
     */
    private static final Duration MAX_PER_PAGE = BUDGET.multipliedBy(3).plusSeconds(10).plusSeconds(15).multipliedBy(2);

    @TempDir
    Path dir;

    @Test
    void everyHostilePageEndsWithAResultOrAnErrorAndTheBrowserSurvives() {
        try (FixtureServer site = hostileSite()) {
            PageTimes times = new PageTimes();
            ScanResults results = assertTimeoutPreemptively(Duration.ofMinutes(4), () -> scan(site, times));

            OrganisationResults hostile = results.organisations().get(0);
            for (String path : PAGES) {
                PageResult result = page(hostile, site.url(path));
                assertTrue(result.error() != null || result.title() != null,
                        path + " has neither a rendered result nor an error: " + result);
                assertTrue(result.finalUrl().startsWith(site.url(path)),
                        path + " was checked at " + result.finalUrl() + ": the page before it took its place");
                Duration took = times.of(site.url(path));
                assertNotNull(took, path + " was never reported done");
                assertTrue(took.compareTo(MAX_PER_PAGE) <= 0, path + " took " + took + ", more than " + MAX_PER_PAGE);
            }
            PageResult normal = page(hostile, site.url("/gewoon/"));
            assertNull(normal.error(), "the ordinary page after all hostile ones: " + normal.error());
            assertEquals("Gewone pagina", normal.title());
            assertEquals(List.of("image-alt"), normal.findings().stream()
                    .filter(f -> f.engine() == Engine.AXE).map(Finding::rule).toList());
            assertTrue(site.requests("/venster/") > 0, "the popups really opened");
        }
    }

    private ScanResults scan(FixtureServer site, PageTimes times) throws InterruptedException {
        try (BrowserPool browsers = new BrowserPool(BrowserSettings.local(BUDGET), LIMITS.browsers());
             ScanStore store = ScanStore.open(dir)) {
            store.begin("hostile", Instant.now(), "test", browsers.axeVersion(),
                    List.of(Organisation.of("Vijandig", Role.GEMEENTE, List.of(site.url("/")))));
            new ScanEngine(store, new Fetcher(LIMITS.requestTimeout(), LIMITS.maxPageBytes(), AGENT), browsers,
                    LIMITS, times).run();
            return store.results();
        }
    }

    private static FixtureServer hostileSite() {
        FixtureServer site = FixtureServer.start();
        site.page("/", FixtureServer.fixture("/hostile/index.html"));
        for (String path : PAGES) {
            if (!path.equals("/laadt-nooit-uit/")) {
                site.page(path, FixtureServer.fixture("/hostile/" + path.substring(1, path.length() - 1) + ".html"));
            }
        }
        site.page("/venster/", FixtureServer.fixture("/hostile/venster.html"));
        site.respond("/foto.png", 404, "text/plain", "geen foto");
        site.handle("/laadt-nooit-uit/", exchange -> {
            String start = FixtureServer.fixture("/hostile/laadt-nooit-uit-begin.html");
            String end = "</main></body></html>";
            if (AGENT.equals(exchange.getRequestHeaders().getFirst("User-Agent"))) {
                // the fetcher gets the whole page at once, so that the browser is what meets the stall
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                FixtureServer.send(exchange, 200, (start + end).getBytes(StandardCharsets.UTF_8));
                return;
            }
            try (OutputStream out = FixtureServer.startPage(exchange, start)) {
                Thread.sleep(BUDGET.plusSeconds(3).toMillis());
                out.write(end.getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return site;
    }


    private static PageResult page(OrganisationResults organisation, String url) {
        return organisation.pages().stream().filter(p -> p.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError(url + " was not recorded; recorded: "
                        + organisation.pages().stream().map(PageResult::url).toList()));
    }

    /**
     * How long each page took from the end of the page before it, fetching included; with one browser the
     * pages are done one after another, so that is the page's own time.
     */
    private static final class PageTimes implements ScanListener {

        private final Map<String, Duration> took = new ConcurrentHashMap<>();
        private long last = System.nanoTime();

        @Override
        public synchronized void pageDone(String organisation, String url, boolean failed, int done, int queued) {
            long now = System.nanoTime();
            took.put(url, Duration.ofNanos(now - last));
            last = now;
        }

        @Override
        public void note(String organisation, Message message) {
        }

        Duration of(String url) {
            return took.get(url);
        }
    }
}
