package nl.ketenscan.rules.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.criteria.Standard;
import org.junit.jupiter.api.Test;

/** A scan is judged against its standard: a WCAG 2.1 scan says nothing about WCAG 2.2's additions. */
class StandardAssessmentTest {

    private static final String SITE = "https://www.lindeveen.example/";

    private static Finding finding(String rule, String sc) {
        return new Finding(rule, Engine.AXE, Outcome.FAILED, List.of(sc), Impact.SERIOUS, "a.klein", "<a>",
                List.of(), null);
    }

    private static ScanResults scan() {
        PageResult page = new PageResult(SITE, SITE, 200, "text/html", "Home", "nl", null,
                List.of(finding("image-alt", "1.1.1"), finding("target-size", "2.5.8")), null, 0, 0, null,
                PageFacts.NONE);
        return new ScanResults("0.1.0", "4.14.1", "scan", Instant.EPOCH, Instant.EPOCH, true,
                List.of(new OrganisationResults(Organisation.of("Gemeente Lindeveen", Role.GEMEENTE, List.of(SITE)),
                        List.of(page))));
    }

    private static List<String> rules(ChainAssessment assessment) {
        return assessment.organisations().get(0).pages().get(0).findings().stream().map(Finding::rule).toList();
    }

    @Test
    void eachStandardKeepsTheFindingsAboutItsOwnCriteria() {
        assertEquals(List.of("image-alt"), rules(ChainAssessment.of(scan(), Standard.WCAG21)));
        assertEquals(List.of("image-alt", "target-size"), rules(ChainAssessment.of(scan(), Standard.WCAG22)));
        assertEquals(55, ChainAssessment.of(scan(), Standard.WCAG22).organisations().get(0).verdicts().size());
        assertEquals(Standard.WCAG22, ChainAssessment.of(scan(), Standard.WCAG22).scan().standard());
    }
}
