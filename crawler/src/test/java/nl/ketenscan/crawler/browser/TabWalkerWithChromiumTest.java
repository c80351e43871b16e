package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.OwnRules;
import nl.ketenscan.rules.PageArtifacts;
import nl.ketenscan.rules.keyboard.ContentOnFocus;
import nl.ketenscan.rules.keyboard.TabStop;
import nl.ketenscan.rules.keyboard.TabWalk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The tab walk on the keyboard fixtures in a real Chromium, judged by every browser audit: each failing
 * fixture gives exactly its planted findings, each passing fixture (the hard passes included) none.
 */
class TabWalkerWithChromiumTest {

    private static GathererFixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new GathererFixtures();
        BehaviourRecorder.register(fixtures.browser().driver());
    }

    @AfterAll
    static void stop() {
        fixtures.close();
    }

    /**
     * Hard passes among them: a dialog that keeps focus but closes with Escape, focus shown by a background
     * change (and by underline, shadow, a pseudo-element, the parent's border, a transition, a custom
     * checkbox's label), a skip link to a target that cannot take focus itself, a tab list with roving
     * tabindex, a tooltip that Escape hides and that stays under the pointer.
     */
    @ParameterizedTest
    @ValueSource(strings = {"keyboard-template.html", "keyboard-modal-escape.html", "keyboard-focus-styles.html",
            "keyboard-click-pass.html", "keyboard-tooltip-pass.html", "keyboard-frames.html", "keyboard-menu.html"})
    void passingFixturesHaveNoFindings(String page) {
        assertEquals(Set.of(), findings(page), page);
    }

    @Test
    void aWidgetThatKeepsTabShiftTabAndEscapeIsATrap() {
        assertEquals(Set.of("failed keyboard-trap #in"), findings("keyboard-trap.html"));
    }

    @Test
    void aDialogThatKeepsFocusButClosesWithEscapeIsLeftAfterEscape() {
        TabWalk walk = fixtures.gather(new TabWalker(), "keyboard-modal-escape.html");

        assertEquals(TabWalk.WalkEnd.CYCLED, walk.end());
        assertTrue(walk.stops(TabStop.Direction.AFTER_ESCAPE).stream().anyMatch(TabStop::leftPage));
    }

    @Test
    void focusWithoutAnyVisibleChangeFails() {
        assertEquals(Set.of("failed focus-visible #geen", "failed focus-visible #knop"),
                findings("keyboard-focus-none.html"));
    }

    /** WCAG 2.2's 2.4.11: Tab scrolls the link into the window, under the fixed cookie wall. */
    @Test
    void aLinkFocusedUnderAFixedBannerIsObscured() {
        TabWalk walk = fixtures.gather(new TabWalker(), "keyboard-focus-obscured.html");

        TabStop link = walk.stops().stream().filter(s -> "#verstopt".equals(s.selector())).findFirst().orElseThrow();
        assertEquals(1.0, link.obscuredShare(), 0.001);
        assertEquals("#banner", link.obscuredBy());
        assertEquals(Set.of("failed focus-not-obscured #verstopt"), findings("keyboard-focus-obscured.html"));
    }

    /**
     * 2.4.11 going back up the page: Tab brings each link into the window from below the sticky header, but
     * Shift+Tab reaches a link that is in the window already, under the header, and leaves it there.
     */
    @Test
    void aLinkReachedGoingBackUnderAStickyHeaderIsObscured() {
        TabWalk walk = fixtures.gather(new TabWalker(), "keyboard-focus-obscured-backward.html");

        assertEquals(TabWalk.WalkEnd.LEFT_PAGE, walk.end());
        assertTrue(walk.stops(TabStop.Direction.FORWARD).stream().noneMatch(s -> s.obscuredShare() == 1.0));
        List<TabStop> back = walk.stops(TabStop.Direction.BACKWARD);
        assertEquals(TabWalker.BACK_STEPS, back.size());
        assertTrue(back.stream().anyMatch(s -> s.obscuredShare() == 1.0), back.toString());
        assertTrue(findings("keyboard-focus-obscured-backward.html").stream()
                .anyMatch(f -> f.startsWith("failed focus-not-obscured ")));
    }

    /** Without anything that stays in place when the page scrolls, focus that left the page is not taken back up. */
    @Test
    void aWalkThatLeftAPageWithoutStickyContentDoesNotGoBack() {
        TabWalk walk = fixtures.gather(new TabWalker(), "keyboard-focus-none.html");

        assertEquals(TabWalk.WalkEnd.LEFT_PAGE, walk.end());
        assertEquals(List.of(), walk.stops(TabStop.Direction.BACKWARD));
    }

    @Test
    void aFaintOutlineAndAFaintFieldBorderFail() {
        assertEquals(Set.of("failed focus-indicator-contrast #vaag", "failed field-border-contrast #naam"),
                findings("keyboard-focus-contrast.html"));
    }

    @Test
    void positiveTabindexAndAJumpUpThePageAreForReview() {
        assertEquals(Set.of("needs-review focus-order #eerst", "needs-review focus-order #boven"),
                findings("keyboard-order.html"));
    }

    @Test
    void focusThatNavigatesOrMovesFocusFailsAndTheNavigationIsNotFollowed() {
        assertEquals(Set.of("failed change-on-focus #land", "failed change-on-focus #weg"),
                findings("keyboard-on-focus.html"));
        assertEquals(0, fixtures.requests("keyboard-elders.html"), "the walk followed the navigation");
    }

    @Test
    void focusThatOpensAWindowFailsAndTheWindowIsNotOpened() {
        assertEquals(Set.of("failed change-on-focus #venster"), findings("keyboard-on-focus-window.html"));
        assertEquals(0, fixtures.requests("keyboard-reclame.html"), "the walk opened the window");
    }

    @Test
    void aSkipLinkToNothingFails() {
        assertEquals(Set.of("failed skip-link-target #skip"), findings("keyboard-skip-broken.html"));
    }

    @Test
    void aWorkingSkipLinkReachesItsTarget() {
        TabWalk walk = fixtures.gather(new TabWalker(), "keyboard-template.html");

        assertTrue(walk.skipLinkTest().orElseThrow().reachedTarget());
    }

    @Test
    void clickableElementsWithoutFocusFailOrAreForReview() {
        assertEquals(Set.of("failed click-without-keyboard #menu", "failed click-without-keyboard #nep",
                "needs-review click-without-keyboard #luister"), findings("keyboard-click.html"));
    }

    @Test
    void aTooltipThatStaysOnEscapeAndFleesThePointerFailsTwice() {
        List<Finding> found = audit(fixtures.gather(new TabWalker(), "keyboard-tooltip.html"));

        assertEquals(List.of("#tip", "#tip"), found.stream().map(Finding::selector).toList(), found.toString());
        assertEquals(Set.of("content-on-focus"), found.stream().map(Finding::rule).collect(Collectors.toSet()));
    }

    @Test
    void aSubMenuThatEscapeClosesAndThatStaysUnderThePointerWasTriedAndPasses() {
        TabWalk walk = fixtures.gather(new TabWalker(), "keyboard-menu.html");

        assertEquals(List.of(new ContentOnFocus("#wonen > a", "#wonen > ul", true, true, true, true, true)),
                walk.contents());
    }

    @Test
    void theWalkLeavesFocusScrollAndAddressAsItFoundThem() {
        fixtures.gather(new TabWalker(), "keyboard-template.html");

        JavascriptExecutor page = (JavascriptExecutor) fixtures.browser().driver();
        assertEquals(List.of("body", 0L, fixtures.url("keyboard-template.html"), false), page.executeScript(
                "return [document.activeElement.localName, window.scrollY, location.href,"
                        + " !!document.querySelector('body > span[tabindex]')];"));
    }

    /**
     * Prints what the walk costs on a typical template page (about 40 tab stops), beside loading it:
     * {@code mvn -B -q -pl crawler -am test -Dtest='TabWalkerWithChromiumTest#printsTheCostOfTheWalkOnATemplatePage'}.
     */
    @Test
    void printsTheCostOfTheWalkOnATemplatePage() {
        int rounds = 10;
        long loading = 0;
        long walking = 0;
        long stops = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            fixtures.open("keyboard-template.html");
            long loaded = System.nanoTime();
            PageGatherers.Gathered gathered = new PageGatherers(List.of(new TabWalker()))
                    .gather(fixtures.browser().driver(), EnumSet.allOf(GatherCost.class));
            walking += (System.nanoTime() - loaded) / 1_000_000;
            loading += (loaded - start) / 1_000_000;
            stops = gathered.artifacts().get(TabWalk.class).orElseThrow().stops(TabStop.Direction.FORWARD).stream()
                    .filter(stop -> !stop.leftPage()).count();
        }
        System.out.printf("tab walk on keyboard-template.html: %d ms a page (loading it: %d ms), %d forward stops,"
                + " mean of %d%n", walking / rounds, loading / rounds, stops, rounds);
    }

    private static Set<String> findings(String page) {
        return audit(fixtures.gather(new TabWalker(), page)).stream()
                .map(f -> f.outcome().id() + " " + f.rule() + " " + f.selector())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** What the browser audits find in the walk, as a scan runs them. */
    private static List<Finding> audit(TabWalk walk) {
        return OwnRules.audit(PageArtifacts.of(walk));
    }
}
