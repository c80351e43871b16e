package nl.ketenscan.rules.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.PlainLanguage;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.assessment.ChainAssessment;
import org.junit.jupiter.api.Test;

class ScanSummaryTest {

    @Test
    void countsFailedIssuesByImpactFailingCriteriaAndPagesAboveB1() {
        Finding logo = finding("image-alt", Outcome.FAILED, Impact.CRITICAL, "1.1.1", "img");
        Finding label = finding("label", Outcome.FAILED, Impact.CRITICAL, "4.1.2", "input");
        Finding contrast = finding("color-contrast", Outcome.FAILED, Impact.SERIOUS, "1.4.3", "a");
        Finding review = finding("color-contrast", Outcome.NEEDS_REVIEW, Impact.SERIOUS, "1.4.3", "h2");
        Finding region = finding("region", Outcome.FAILED, Impact.MODERATE, null, "div");
        PageResult hard = page("", plain(PlainLanguage.Level.ABOVE_B1), logo, label, review);
        PageResult easy = page("contact", plain(PlainLanguage.Level.B1_OR_EASIER), logo, contrast, region);
        PageResult broken = PageResult.failed("https://x.nl/kapot", 0, null, "timeout");
        ScanResults results = new ScanResults("0.1.0", "4.11.1", "scan-1", Instant.parse("2025-03-12T09:00:00Z"),
                Instant.parse("2025-03-12T09:10:00Z"), false, List.of(new OrganisationResults(
                        Organisation.of("Gemeente X", Role.GEMEENTE, List.of("https://x.nl/")),
                        List.of(hard, easy, broken, page("leeg", null)))));

        ScanSummary summary = ScanSummary.of(ChainAssessment.of(results));

        assertEquals("scan-1", summary.scanId());
        assertEquals(false, summary.complete());
        OrganisationSummary x = summary.organisations().get(0);
        assertEquals(new OrganisationSummary("Gemeente X", 4, 1, 2, 1, 1, 0, 3, 2, 1), x);
        assertEquals(2, x.issues(Impact.CRITICAL));
        assertEquals(0, x.issues(Impact.MINOR));
    }

    private static Finding finding(String rule, Outcome outcome, Impact impact, String criterion, String selector) {
        return new Finding(rule, Engine.AXE, outcome, criterion == null ? List.of() : List.of(criterion), impact,
                selector, "<" + selector + ">", List.of(), null);
    }

    private static PlainLanguage plain(PlainLanguage.Level level) {
        return new PlainLanguage(100, 8, 12.5, 1.6, 60, 40, level, List.of());
    }

    private static PageResult page(String path, PlainLanguage plain, Finding... findings) {
        String url = "https://x.nl/" + path;
        return new PageResult(url, url, 200, "text/html", path, "nl", null, List.of(findings), plain, 0, 0, Set.of(), PageFacts.NONE);
    }
}
