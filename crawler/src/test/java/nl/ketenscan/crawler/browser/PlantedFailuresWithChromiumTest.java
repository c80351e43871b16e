package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.OwnRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixture site of planted failures, one page per browser check, checked as a scan checks a page:
 * every gatherer in its order, then every browser audit. Each planted failure must be found on its page
 * by its rule, with its criterion, whatever the other gatherers did to the page before.
 */
class PlantedFailuresWithChromiumTest {

    private static GathererFixtures fixtures;
    private static final Map<String, List<Finding>> FOUND = new HashMap<>();

    @BeforeAll
    static void start() {
        fixtures = new GathererFixtures();
    }

    @AfterAll
    static void stop() {
        fixtures.close();
    }

    @ParameterizedTest(name = "{1} ({2}) on {0}")
    @CsvSource({
            "reflow-fails.html, reflow, 1.4.10",
            "zoom-fails.html, resize-text-clipped, 1.4.4",
            "text-spacing-fails.html, text-spacing-clipped, 1.4.12",
            "text-spacing-overlap-fails.html, text-spacing-overlap, 1.4.12",
            "orientation-rotated.html, orientation-locked, 1.3.4",
            "orientation-script.html, orientation-locked, 1.3.4",
            "behaviour-fails.html, moving-content-no-pause, 2.2.2",
            "behaviour-fails.html, character-key-shortcut, 2.1.4",
            "behaviour-fails.html, motion-actuation, 2.5.4",
            "behaviour-fails.html, status-message-not-announced, 4.1.3",
            "behaviour-fails.html, visual-order-differs, 1.3.2",
            "behaviour-fails.html, pointer-gesture, 2.5.1",
            "behaviour-fails.html, pointer-down-activation, 2.5.2",
            "on-input-fails.html, on-input-context-change, 3.2.2",
            "keyboard-trap.html, keyboard-trap, 2.1.2",
            "keyboard-focus-none.html, focus-visible, 2.4.7",
            "keyboard-focus-contrast.html, focus-indicator-contrast, 1.4.11",
            "keyboard-focus-contrast.html, field-border-contrast, 1.4.11",
            "keyboard-order.html, focus-order, 2.4.3",
            "keyboard-on-focus.html, change-on-focus, 3.2.1",
            "keyboard-skip-broken.html, skip-link-target, 2.4.1",
            "keyboard-click.html, click-without-keyboard, 2.1.1",
            "keyboard-tooltip.html, content-on-focus, 1.4.13",
            "hover-fails.html, content-on-hover, 1.4.13",
            "hover-script-fails.html, content-on-hover, 1.4.13"})
    void eachPlantedFailureIsFoundOnItsPageWithItsCriterion(String page, String rule, String criterion) {
        List<Finding> found = FOUND.computeIfAbsent(page, PlantedFailuresWithChromiumTest::checked);

        assertTrue(found.stream().anyMatch(f -> f.rule().equals(rule) && f.criteria().contains(criterion)),
                page + ": " + found.stream().map(f -> f.rule() + " " + f.criteria() + " " + f.selector()).toList());
    }

    /** The hard passes, checked the same way: their own check finds no failure among all the others. */
    @ParameterizedTest(name = "no {1} failure on {0}")
    @CsvSource({
            "reflow-passes.html, reflow",
            "reflow-script.html, reflow",
            "zoom-passes.html, resize-text-clipped",
            "text-spacing-passes.html, text-spacing-clipped",
            "text-spacing-overlap-passes.html, text-spacing-overlap",
            "orientation-passes.html, orientation-locked",
            "orientation-width.html, orientation-locked",
            "on-input-passes.html, on-input-context-change",
            "keyboard-modal-escape.html, keyboard-trap",
            "keyboard-tooltip-pass.html, content-on-focus",
            "hover-passes.html, content-on-hover",
            "hover-script-passes.html, content-on-hover"})
    void eachHardPassStaysAPass(String page, String rule) {
        List<Finding> found = FOUND.computeIfAbsent(page, PlantedFailuresWithChromiumTest::checked);

        assertTrue(found.stream().noneMatch(f -> f.rule().equals(rule) && f.outcome() == Outcome.FAILED),
                page + ": " + found.stream().map(f -> f.rule() + " " + f.outcome() + " " + f.selector()).toList());
    }

    private static List<Finding> checked(String page) {
        fixtures.open(page);
        PageGatherers.Gathered gathered = new PageGatherers().gather(fixtures.browser().driver(),
                EnumSet.allOf(GatherCost.class));
        return OwnRules.audit(gathered.artifacts());
    }
}
