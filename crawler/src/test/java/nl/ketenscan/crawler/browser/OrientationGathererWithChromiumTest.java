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
    void aPageThatHidesItsTextInPortraitNeedsReview() {
        assertEquals(List.of("NEEDS_REVIEW null"), described("orientation-hidden.html"));
    }

    /** Hard pass: a small label turned a quarter in both orientations, and a page that only restyles. */
    @Test
    void aPageThatShowsItsContentInBothOrientationsPasses() {
        assertEquals(List.of(), described("orientation-passes.html"));
    }

    private static List<String> described(String page) {
        return fixtures.findings(new OrientationGatherer(), new OrientationAudit(), page).stream()
                .map(f -> f.outcome() + " " + f.selector()).toList();
    }
}
