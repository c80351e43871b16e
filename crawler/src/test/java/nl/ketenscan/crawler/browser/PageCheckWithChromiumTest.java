package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.providers.StringAxeScriptProvider;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.crawler.crawl.FixtureServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

class PageCheckWithChromiumTest {

    private static final Duration BUDGET = Duration.ofSeconds(20);
    private static final int ROUNDS = 5;
    private static final GatherChoice AXE_ONLY = (url, html) -> Set.of();

    private static FixtureServer site;
    private static FixtureServer partner;
    private static ChromiumInstance browser;

    @BeforeAll
    static void start() {
        site = FixtureServer.start("127.0.0.1");
        partner = FixtureServer.start("127.0.0.2");
        site.serve("/browser", Map.of("partner", partner.origin()));
        partner.serve("/browser", Map.of());
        browser = ChromiumInstance.launch(BrowserSettings.local(BUDGET), Credentials.none());
    }

    @AfterAll
    static void stop() {
        browser.close();
        site.close();
        partner.close();
    }

    @Test
    void closesWindowsThePageOpenedAndStaysInItsOwn() {
        String window = browser.driver().getWindowHandle();
        RenderedPage page = check(new AxeRunner(AxeScript.injected()), "popup.html");

        assertNull(page.error());
        assertEquals(1, site.requests("/popup-window.html"), "the page opened its window");
        assertEquals(List.of(window), List.copyOf(browser.driver().getWindowHandles()));
        assertEquals("Opent een venster", page.title());
    }

    /** 100,000 list items: the slow checks are left out, with a note, and the quick ones still run. */
    @Test
    void aPageWithAHugeDomGetsOnlyTheQuickChecks() {
        site.page("/groot.html", FixtureServer.fixture("/hostile/groot.html"));
        AxeRunner titleOnly = new AxeRunner(AxeScript.injected(),
                Map.of("runOnly", Map.of("type", "rule", "values", List.of("document-title"))));

        RenderedPage page = new PageCheck(titleOnly, BUDGET).check(browser, site.url("/groot.html"),
                Scope.origin(site.origin()), GatherChoice.everything());

        assertTrue(page.gatherers().contains("on-input"), page.gatherers().toString());
        assertFalse(page.gatherers().contains("reflow") || page.gatherers().contains("tab-walk"), page.gatherers().toString());
        assertTrue(page.notes().stream().anyMatch(n -> n.contains("slow browser checks were left out")), page.notes().toString());
    }

    @Test
    void anErroredAxeRunIsAnErrorWithoutFindings() {
        AxeRunner unknownRule = new AxeRunner(AxeScript.injected(),
                Map.of("runOnly", Map.of("type", "rule", "values", List.of("no-such-rule"))));

        RenderedPage page = check(unknownRule, "defects.html");

        assertTrue(page.error().toString().contains("no-such-rule"), page.error().toString());
        assertEquals(List.of(), page.findings());
    }

    /**
     * Prints what the hot path costs next to loading and next to the wrapper's default path, and holds
     * it to the wrapper's findings, frames included.
     */
    @Test
    void findsWhatTheWrappersDefaultPathFindsAndPrintsTheTimes() {
        AxeRunner runner = new AxeRunner(AxeScript.injected());
        AxeBuilder wrapper = wrapper();
        for (String path : List.of("clean.html", "defects.html", "framed.html")) {
            long load = 0;
            long hotPath = 0;
            long wrapperPath = 0;
            for (int round = 0; round < ROUNDS; round++) {
                RenderedPage page = check(runner, path);
                load += page.loadMillis();
                hotPath += page.checkMillis();
                long start = System.nanoTime();
                List<Finding> wrapperFindings = AxeFindings.from(wrapper.analyze(browser.driver()));
                wrapperPath += (System.nanoTime() - start) / 1_000_000;
                assertEquals(ruleAndSelector(wrapperFindings), ruleAndSelector(page.findings()), path);
            }
            System.out.printf("%-13s load %4d ms, axe %4d ms (AxeBuilder default path %4d ms), mean of %d%n",
                    path, load / ROUNDS, hotPath / ROUNDS, wrapperPath / ROUNDS, ROUNDS);
        }
    }

    /**
     * Registered once, axe is in each new document before the page's scripts run; frames of another site,
     * which run in their own process, still get it sent, so the findings stay those of the wrapper.
     */
    @Test
    void aRegisteredAxeIsInEveryNewDocumentAndFindsTheSame() {
        try (ChromiumInstance own = ChromiumInstance.launch(BrowserSettings.local(BUDGET), Credentials.none())) {
            AxeRunner runner = new AxeRunner(AxeScript.injected());
            runner.register(own.driver());
            own.enter(Scope.origin(site.origin()));
            own.open(site.url("/clean.html"));
            assertEquals(AxeScript.injected().version(),
                    ((JavascriptExecutor) own.driver()).executeScript("return window.axe && axe.version"));

            RenderedPage page = new PageCheck(runner, BUDGET).check(own, site.url("/framed.html"),
                    Scope.origin(site.origin()), AXE_ONLY);

            List<Finding> wrapperFindings = AxeFindings.from(
                    wrapper().analyze(own.driver()));
            assertNull(page.error());
            assertEquals(ruleAndSelector(wrapperFindings), ruleAndSelector(page.findings()));
        }
    }

    /** The wrapper asked for what a scan asks for: the WCAG tags and the opted-in rules. */
    private static AxeBuilder wrapper() {
        AxeBuilder wrapper = new AxeBuilder().setAxeScriptProvider(new StringAxeScriptProvider(AxeScript.injected().source()));
        try {
            wrapper.setOptions(new ObjectMapper().writeValueAsString(AxeRuleSelection.options()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return wrapper;
    }

    private static Set<String> ruleAndSelector(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.outcome() + " " + f.rule() + " " + f.selector())
                .collect(Collectors.toSet());
    }

    /**
     * A gatherer that fails, or runs out of its budget, leaves a note and no artifact: the page is no
     * error, keeps axe's findings, and the gatherers after it still run.
     */
    @Test
    void aGathererThatFailsOrRunsOutOfTimeLeavesANoteAndThePageKeepsItsFindings() {
        PageGatherers gatherers = new PageGatherers(List.of(
                new ScriptGatherer("broken", "return document.querySelector('#none').id;"),
                new ScriptGatherer("slow", "var end = Date.now() + 300; while (Date.now() < end) {} return 1;"),
                new ReflowGatherer()));

        RenderedPage page = new PageCheck(new AxeRunner(AxeScript.injected()), gatherers, BUDGET)
                .check(browser, site.url("/defects.html"), Scope.origin(site.origin()));

        assertNull(page.error());
        assertEquals(List.of("reflow"), page.gatherers());
        assertEquals(2, page.notes().size(), page.notes().toString());
        assertTrue(page.notes().get(0).startsWith("broken failed: "), page.notes().get(0));
        assertTrue(page.notes().get(1).startsWith("slow did not finish within its 100 ms"), page.notes().get(1));
        assertTrue(page.findings().stream().anyMatch(f -> f.rule().equals("image-alt")), page.findings().toString());
    }

    /** Runs one script twice, so that a script slower than its budget is stopped before the second run. */
    private record ScriptGatherer(String name, String script) implements Gatherer<ScriptGatherer.Nothing> {
        record Nothing() {
        }

        @Override
        public Class<Nothing> artifact() {
            return Nothing.class;
        }

        @Override
        public Duration budget() {
            return Duration.ofMillis(100);
        }

        @Override
        public GatherCost cost() {
            return GatherCost.LIGHT;
        }

        @Override
        public Nothing gather(LivePage page) {
            page.script(script);
            page.script(script);
            return new Nothing();
        }
    }

    private static RenderedPage check(AxeRunner axe, String path) {
        return new PageCheck(axe, BUDGET).check(browser, site.url("/" + path), Scope.origin(site.origin()), AXE_ONLY);
    }
}
