package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.FixtureServer;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.keyboard.KeyboardAudits;
import nl.ketenscan.rules.keyboard.TabStop;
import nl.ketenscan.rules.keyboard.TabWalk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The tab walk on the keyboard fixtures in a real Chromium, judged by the keyboard audits: each failing
 * fixture gives exactly its planted findings, each passing fixture (hard passes included) none.
 */
class TabWalkerWithChromiumTest {

    private static final Duration BUDGET = Duration.ofSeconds(20);

    private static FixtureServer site;
    private static ChromiumInstance browser;

    @BeforeAll
    static void start() {
        site = FixtureServer.start("127.0.0.1");
        site.serve("/keyboard", Map.of());
        browser = ChromiumInstance.launch(BrowserSettings.local(BUDGET), Credentials.none());
        ClickListenerMarks.register(browser.driver());
    }

    @AfterAll
    static void stop() {
        browser.close();
        site.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"template.html", "modal-escape.html", "focus-styles.html", "click-pass.html",
            "tooltip-pass.html"})
    void passingFixturesHaveNoFindings(String page) {
        assertEquals(Set.of(), findings(page), page);
    }

    @Test
    void aWidgetThatKeepsTabAndEscapeIsATrap() {
        assertEquals(Set.of("failed keyboard-trap #in"), findings("trap.html"));
    }

    @Test
    void aDialogThatKeepsFocusButClosesWithEscapeIsNoTrap() {
        TabWalk walk = walk("modal-escape.html");

        assertEquals(TabWalk.WalkEnd.CYCLED, walk.end());
        assertTrue(walk.stops(TabStop.Direction.AFTER_ESCAPE).stream().anyMatch(TabStop::leftPage));
    }

    @Test
    void focusWithoutAnyVisibleChangeFails() {
        assertEquals(Set.of("failed focus-visible #geen", "failed focus-visible #knop"), findings("focus-none.html"));
    }

    @Test
    void aFaintOutlineAndAFaintFieldBorderFail() {
        assertEquals(Set.of("failed focus-indicator-contrast #vaag", "failed field-border-contrast #naam"),
                findings("focus-contrast.html"));
    }

    @Test
    void positiveTabindexAndAJumpUpThePageAreForReview() {
        assertEquals(Set.of("needs-review focus-order html > body > p > a",
                "needs-review focus-order html > body > div > div:nth-of-type(2) > a"), findings("order.html"));
    }

    @Test
    void focusThatNavigatesOpensAWindowOrMovesFocusFails() {
        assertEquals(Set.of("failed change-on-focus #land", "failed change-on-focus #weg"), findings("on-focus.html"));
        assertEquals(Set.of("failed change-on-focus #venster"), findings("on-focus-window.html"));
        assertEquals(0, site.requests("/elders.html"), "the walk followed the navigation");
        assertEquals(0, site.requests("/reclame.html"), "the walk opened the window");
    }

    @Test
    void aSkipLinkToNothingFails() {
        assertEquals(Set.of("failed skip-link-target html > body > a"), findings("skip-broken.html"));
    }

    @Test
    void aWorkingSkipLinkReachesItsTarget() {
        TabWalk walk = walk("template.html");

        assertTrue(walk.skipLinkTest().orElseThrow().reachedTarget());
    }

    @Test
    void clickableElementsWithoutFocusFailOrAreForReview() {
        assertEquals(Set.of("failed click-without-keyboard #menu", "failed click-without-keyboard #nep",
                "needs-review click-without-keyboard #luister"), findings("click.html"));
    }

    @Test
    void aTooltipThatStaysOnEscapeAndFleesThePointerFails() {
        assertEquals(Set.of("failed content-on-focus #tip"), findings("tooltip.html"));
        List<Finding> twice = KeyboardAudits.check(walk("tooltip.html"));
        assertEquals(2, twice.size(), twice.toString());
    }

    @Test
    void theWalkLeavesFocusScrollAndAddressAsItFoundThem() {
        walk("template.html");

        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        assertEquals(List.of("body", 0L, site.url("/template.html")), page.executeScript(
                "return [document.activeElement.localName, window.scrollY, location.href];"));
        assertEquals(false, page.executeScript("return !!document.querySelector('body > span[tabindex]');"));
    }

    /** Prints what the walk costs on a typical template page: run with -Dtest=TabWalkerWithChromiumTest#prints*. */
    @Test
    void printsTheCostOfTheWalkOnATemplatePage() {
        int rounds = 5;
        long total = 0;
        int stops = 0;
        for (int i = 0; i < rounds; i++) {
            browser.driver().get(site.url("/template.html"));
            long start = System.nanoTime();
            TabWalk walk = new TabWalker(BUDGET).walk(browser.driver());
            total += (System.nanoTime() - start) / 1_000_000;
            stops = walk.stops(TabStop.Direction.FORWARD).size();
        }
        System.out.printf("tab walk on template.html: %d ms a page, %d forward stops, mean of %d%n",
                total / rounds, stops, rounds);
    }

    private static Set<String> findings(String page) {
        return KeyboardAudits.check(walk(page)).stream()
                .map(f -> f.outcome().id() + " " + f.rule() + " " + f.selector())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static TabWalk walk(String page) {
        browser.driver().get(site.url("/" + page));
        return new TabWalker(BUDGET).walk(browser.driver());
    }
}
