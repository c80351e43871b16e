package nl.ketenscan.rules.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.criteria.Verdict;
import org.junit.jupiter.api.Test;

class ScanDiffTest {

    private static final String GEMEENTE = "Gemeente Voorbeeld";
    private static final Finding LOGO = finding("image-alt", "1.1.1", "header > img", Outcome.FAILED);
    private static final Finding LABEL = finding("label", "4.1.2", "#postcode", Outcome.FAILED);
    private static final Finding BUTTON = finding("button-name", "4.1.2", "#zoek", Outcome.FAILED);
    private static final Finding CONTRAST = finding("color-contrast", "1.4.3", "footer a", Outcome.FAILED);
    private static final Finding REVIEW = finding("color-contrast", "1.4.3", ".banner", Outcome.NEEDS_REVIEW);

    @Test
    void sortsIssuesIntoNewFixedAndPersistent() {
        ChainAssessment older = scan(organisation(GEMEENTE, page("", LOGO, LABEL, CONTRAST)));
        ChainAssessment newer = scan(organisation(GEMEENTE, page("", LOGO, BUTTON, REVIEW)));

        OrganisationDiff diff = ScanDiff.between(older, newer).organisations().get(0);

        assertEquals(List.of("button-name"), rules(diff.added()));
        assertEquals(List.of("color-contrast", "label"), rules(diff.fixed()).stream().sorted().toList());
        assertEquals(List.of("image-alt"), rules(diff.persistent()));
        assertEquals(List.of(), diff.notRechecked());
        assertTrue(diff.changed());
    }

    @Test
    void criteriaThatStartedOrStoppedFailingAreNamed() {
        ChainAssessment older = scan(organisation(GEMEENTE, page("", LOGO, LABEL, CONTRAST)));
        ChainAssessment newer = scan(organisation(GEMEENTE, page("", BUTTON, REVIEW)));

        OrganisationDiff diff = ScanDiff.between(older, newer).organisations().get(0);

        assertEquals(List.of(), diff.nowFailing(), "4.1.2 failed before and still fails, through another rule");
        assertEquals(List.of("1.1.1", "1.4.3"), diff.noLongerFailing(), "a review is not a failure");
        VerdictChange contrast = diff.verdicts().stream().filter(v -> v.criterion().sc().equals("1.4.3")).findFirst()
                .orElseThrow();
        assertEquals(Verdict.FAILS, contrast.before());
        assertEquals(Verdict.NEEDS_REVIEW, contrast.after());
    }

    @Test
    void anIssueWhosePagesWereNotCheckedAgainIsNotCalledFixed() {
        ChainAssessment older = scan(organisation(GEMEENTE, page("", LOGO), page("formulier", LABEL)));
        PageResult broken = PageResult.failed("https://www.voorbeeld.nl/formulier", 500, "text/html", "HTTP 500");
        ChainAssessment newer = scan(organisation(GEMEENTE, page("", LOGO), broken));

        OrganisationDiff diff = ScanDiff.between(older, newer).organisations().get(0);

        assertEquals(List.of(), diff.fixed());
        assertEquals(List.of("label"), rules(diff.notRechecked()));
        assertFalse(diff.changed());
    }

    @Test
    void organisationsInOnlyOneScanAreListedApart() {
        ChainAssessment older = scan(organisation(GEMEENTE, page("", LOGO)), organisation("Bibliotheek", page("")));
        ChainAssessment newer = scan(organisation(GEMEENTE, page("", LOGO)), organisation("Welzijn", page("")));

        ScanDiff diff = ScanDiff.between(older, newer);

        assertEquals(List.of(GEMEENTE), diff.organisations().stream().map(OrganisationDiff::organisation).toList());
        assertEquals(List.of("Bibliotheek"), diff.onlyInOlder());
        assertEquals(List.of("Welzijn"), diff.onlyInNewer());
    }

    @Test
    void scansOfDifferentOrganisationsAreRefusedWithBothLists() {
        ChainAssessment older = scan(organisation(GEMEENTE, page("", LOGO)));
        ChainAssessment newer = scan(organisation("Gemeente Elders", page("", LOGO)));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScanDiff.between(older, newer));

        assertTrue(e.getMessage().contains("no organisation in common"), e.getMessage());
        assertTrue(e.getMessage().contains(GEMEENTE) && e.getMessage().contains("Gemeente Elders"), e.getMessage());
    }

    private static List<String> rules(List<Issue> issues) {
        return issues.stream().map(i -> i.example().rule()).toList();
    }

    private static Finding finding(String rule, String criterion, String selector, Outcome outcome) {
        return new Finding(rule, Engine.AXE, outcome, List.of(criterion), Impact.SERIOUS, selector, "<x>", List.of(), null);
    }

    private static PageResult page(String path, Finding... findings) {
        String url = "https://www.voorbeeld.nl/" + path;
        return new PageResult(url, url, 200, "text/html", path, "nl", null, List.of(findings), null, 0, 0, Set.of(), PageFacts.NONE);
    }

    private static OrganisationResults organisation(String name, PageResult... pages) {
        return new OrganisationResults(Organisation.of(name, Role.GEMEENTE, List.of("https://www.voorbeeld.nl/")),
                List.of(pages));
    }

    private static ChainAssessment scan(OrganisationResults... organisations) {
        return ChainAssessment.of(new ScanResults("0.1.0", "4.11.1", "scan", Instant.parse("2025-03-12T09:00:00Z"),
                Instant.parse("2025-03-12T09:10:00Z"), true, List.of(organisations)));
    }
}
