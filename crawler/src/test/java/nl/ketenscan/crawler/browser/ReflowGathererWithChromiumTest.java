package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.reflow.ReflowAudit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReflowGathererWithChromiumTest {

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
    void textInAFixedWidthBoxFailsAndAWideImageNeedsReview() {
        assertEquals(Map.of("#inhoud", Outcome.FAILED, "#kaart", Outcome.NEEDS_REVIEW),
                outcomes("reflow-fails.html"));
    }

    /** Hard passes: a data table wider than 320 px in a scroll container, a bare data table, code, hidden text. */
    @Test
    void twoDimensionalContentAndHiddenTextPass() {
        assertEquals(Map.of(), outcomes("reflow-passes.html"));
    }

    /**
     * Hard pass: the text sticks out right after the resize, until the page's own script lays it out
     * again 80 ms later, as a visitor sees it.
     */
    @Test
    void aPageWhoseScriptReflowsItAMomentLaterPasses() {
        assertEquals(Map.of(), outcomes("reflow-script.html"));
    }

    @Test
    void textCutOffByTheBodyNeedsReview() {
        assertEquals(Map.of("#banner", Outcome.NEEDS_REVIEW), outcomes("reflow-cut-off.html"));
    }

    private static Map<String, Outcome> outcomes(String page) {
        List<Finding> findings = fixtures.findings(new ReflowGatherer(), new ReflowAudit(), page);
        return findings.stream().collect(Collectors.toMap(Finding::selector, Finding::outcome));
    }
}
