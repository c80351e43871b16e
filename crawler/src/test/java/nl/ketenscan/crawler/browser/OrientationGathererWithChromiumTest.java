package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ketenscan.rules.orientation.OrientationAudit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrientationGathererWithChromiumTest {

    private static GathererFixtures fixtures;

    @BeforeAll
    static void start() {
        fixtures = new GathererFixtures();
    }

    @AfterAll
    static void stop() {
        fixtures.close();
    }

    @Test
    void aPageThatTurnsItselfInPortraitFails() {
        assertEquals(List.of("FAILED html > body"), described("orientation-rotated.html"));
    }

    @Test
    void aPageWhoseScriptTurnsItInPortraitFails() {
        assertEquals(List.of("FAILED html > body"), described("orientation-script.html"));
    }

    @Test
    void aPageThatHidesItsTextInPortraitNeedsReview() {
        assertEquals(List.of("NEEDS_REVIEW null"), described("orientation-hidden.html"));
    }

    /** Hard pass: a small label turned a quarter in both orientations, and a page that only restyles. */
    @Test
    void aPageThatShowsItsContentInBothOrientationsPasses() {
        assertEquals(List.of(), described("orientation-passes.html"));
    }

    /**
     * Hard pass: a page that hides its text on a narrow screen, which the portrait view is, but asks
     * nothing about the orientation: that is its width, for reflow to judge, not a lock.
     */
    @Test
    void aPageThatRespondsToWidthOnlyIsNotTurned() {
        assertEquals(List.of(), described("orientation-width.html"));
        assertEquals(false, fixtures.gather(new OrientationGatherer(), "orientation-width.html").responds());
    }

    private static List<String> described(String page) {
        return fixtures.findings(new OrientationGatherer(), new OrientationAudit(), page).stream()
                .map(f -> f.outcome() + " " + f.selector()).toList();
    }
}
