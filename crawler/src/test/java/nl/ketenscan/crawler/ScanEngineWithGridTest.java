package nl.ketenscan.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.ketenscan.crawler.browser.BrowserPool;
import nl.ketenscan.crawler.browser.BrowserSettings;
import nl.ketenscan.crawler.browser.SeleniumGridProcess;
import nl.ketenscan.crawler.crawl.Fetcher;
import nl.ketenscan.crawler.crawl.FixtureServer;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan whose browser sessions run on a Selenium Grid ends exactly like the same scan with local
 * browsers: the Grid changes where Chromium runs, never what is checked. The Grid runs on loopback from
 * the selenium-grid test dependency and drives this machine's Chromium, so the two runs differ only in
 * the path between the engine and the browser.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ScanEngineWithGridTest {

    private static final Duration BUDGET = Duration.ofSeconds(20);
    private static final int SESSIONS = 2;
    private static final Limits LIMITS = new Limits(50, 5, Duration.ofSeconds(5), BUDGET, 1_000_000, SESSIONS);
    private static final List<String> PAGES = List.of("nieuws", "contact", "afval", "parkeren", "evenementen", "over");
    private static final ScanListener UNWATCHED = new ScanListener() {
        @Override
        public void pageDone(String organisation, String url, boolean failed, int done, int queued) {
        }

        @Override
        public void note(String organisation, Message message) {
        }
    };

    private static SeleniumGridProcess grid;
    private static FixtureServer site;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSiteAndGrid() throws IOException, InterruptedException {
        site = FixtureServer.start("127.0.0.1");
        site.page("/", FixtureServer.fixture("/grid/index.html"));
        PAGES.forEach(page -> site.page("/" + page + ".html", FixtureServer.fixture("/grid/" + page + ".html")));
        grid = SeleniumGridProcess.start(BrowserSettings.local(BUDGET));
    }

    @AfterAll
    static void stopSiteAndGrid() throws InterruptedException {
        if (grid != null) {
            grid.close();
        }
        site.close();
    }

    @Test
    void scansTheSamePagesWithTheSameFindingsOnTheGridAsLocally() {
        ScanResults local = scan(dir.resolve("local"), BrowserSettings.local(BUDGET));
        ScanResults onGrid = scan(dir.resolve("grid"), new BrowserSettings(null, null, BUDGET, grid.url(), null));

        Map<String, List<String>> expected = findingsPerUrl(local);
        assertEquals(PAGES.size() + 1, expected.size(), "every page of the site: " + expected.keySet());
        Set<String> axeRules = local.organisations().get(0).pages().stream()
                .flatMap(page -> page.findings().stream())
                .filter(finding -> finding.engine() == Engine.AXE)
                .map(Finding::rule)
                .collect(Collectors.toSet());
        assertTrue(axeRules.containsAll(Set.of("image-alt", "label", "button-name", "select-name", "link-name",
                "color-contrast", "input-image-alt", "aria-required-attr")), "the planted defects: " + axeRules);
        assertTrue(local.complete() && onGrid.complete());
        assertEquals(expected, findingsPerUrl(onGrid));
    }

    private static ScanResults scan(Path folder, BrowserSettings browser) {
        try (BrowserPool browsers = new BrowserPool(browser, SESSIONS);
             ScanStore store = ScanStore.open(folder)) {
            store.begin(folder.getFileName().toString(), Instant.now(), "test", browsers.axeVersion(),
                    List.of(Organisation.of("Gemeente Rasterdam", Role.GEMEENTE, List.of(site.url("/")))));
            new ScanEngine(store, new Fetcher(LIMITS.requestTimeout(), LIMITS.maxPageBytes(), "ketenscan-grid-test"),
                    browsers, LIMITS, UNWATCHED).run();
            return store.results();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while scanning", e);
        }
    }

    /** Per page: each finding as rule, outcome, selector and snippet, in a fixed order. */
    private static Map<String, List<String>> findingsPerUrl(ScanResults results) {
        Map<String, List<String>> findings = new TreeMap<>();
        for (PageResult page : results.organisations().get(0).pages()) {
            findings.put(page.url(), page.findings().stream()
                    .map(f -> String.join(" | ", f.engine().name(), f.rule(), f.outcome().name(),
                            String.valueOf(f.selector()), String.valueOf(f.snippet())))
                    .sorted()
                    .toList());
        }
        return findings;
    }

}
