package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.deque.html.axecore.results.Results;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.ketenscan.rules.AxeRuleText;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AxeFindingsTest {

    private static List<Finding> findings;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = AxeFindingsTest.class.getResourceAsStream("/browser/axe-results.json")) {
            findings = AxeFindings.from(new ObjectMapper().readValue(in, Results.class));
        }
    }

    @Test
    void makesOneFindingPerElementViolationsFirst() {
        assertEquals(List.of("image-alt", "image-alt", "image-alt", "color-contrast"),
                findings.stream().map(Finding::rule).toList());
    }

    @Test
    void aViolationIsAFailureWithItsCriteriaAndHelp() {
        Finding image = findings.get(0);

        assertEquals(new Finding("image-alt", Engine.AXE, Outcome.FAILED, List.of("1.1.1"), Impact.CRITICAL, "#logo",
                "<img id=\"logo\" src=\"logo.png\">", List.of(AxeRuleText.explanation("image-alt")),
                "https://dequeuniversity.com/rules/axe/4.11/image-alt?application=axeAPI"), image);
    }

    @Test
    void joinsThePathThroughFramesAndShadowRoots() {
        assertEquals("#form-frame >>> #nested >>> img", findings.get(1).selector());
        assertEquals("#kaart-frame >>> gemeente-kaart >>> .kaart", findings.get(2).selector());
    }

    @Test
    void anIncompleteResultNeedsReviewAndFallsBackToTheRulesImpactAndHelp() {
        Finding contrast = findings.get(3);

        assertEquals(Outcome.NEEDS_REVIEW, contrast.outcome());
        assertEquals(List.of("1.4.3"), contrast.criteria());
        assertEquals(Impact.SERIOUS, contrast.impact());
        assertEquals(List.of(AxeRuleText.explanation("color-contrast")), contrast.message(),
                "ketenscan's explanation of the rule, never axe's English help");
    }

    @Test
    void refusesErroredResultsRatherThanReportNoFindings() {
        Results errored = new Results();
        errored.setErrorMessage(new IllegalStateException("axe failed in the page"));

        assertThrows(IllegalArgumentException.class, () -> AxeFindings.from(errored));
    }
}
