package nl.ketenscan.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** How many browsers a scan starts: no more than it has pages to check. */
class LimitsTest {

    private static Limits limits(int maxPages, int browsers) {
        return new Limits(maxPages, 10, Duration.ofSeconds(20), Duration.ofSeconds(45), 1024, browsers);
    }

    @Test
    void aScanOfOnePageStartsOneBrowser() {
        assertEquals(1, limits(1, 2).browsersFor(1));
    }

    @Test
    void everyOrganisationsPagesCountTowardsTheBrowsers() {
        assertEquals(2, limits(1, 4).browsersFor(2));
        assertEquals(4, limits(5, 4).browsersFor(1));
    }

    @Test
    void theLargestPageBudgetsDoNotOverflow() {
        assertEquals(3, limits(Integer.MAX_VALUE, 3).browsersFor(Integer.MAX_VALUE));
    }
}
