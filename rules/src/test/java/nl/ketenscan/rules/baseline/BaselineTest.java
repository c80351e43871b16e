package nl.ketenscan.rules.baseline;

import static nl.ketenscan.rules.baseline.Scans.BUTTON;
import static nl.ketenscan.rules.baseline.Scans.CONTRAST;
import static nl.ketenscan.rules.baseline.Scans.LOGO;
import static nl.ketenscan.rules.baseline.Scans.REVIEW;
import static nl.ketenscan.rules.baseline.Scans.page;
import static nl.ketenscan.rules.baseline.Scans.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.baseline.BaselineMatch.State;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 12);
    private static final ChainAssessment BEFORE = scan("Gemeente Voorbeeld",
            List.of(page("", LOGO, CONTRAST, REVIEW), page("afval", LOGO)));
    private static final ChainAssessment AFTER = scan("Gemeente Voorbeeld",
            List.of(page("", LOGO, BUTTON), page("afval", LOGO)));

    @Test
    void acceptsEveryProvenFailureOnceWithWhatAReviewerNeeds() {
        Baseline baseline = Baseline.of(BEFORE, "0.1.0", "theme fix planned", LocalDate.of(2025, 6, 30), null,
                finding -> finding.message().isEmpty() ? null : finding.message().get(0).args().get(0).toString());

        assertEquals(List.of("image-alt", "color-contrast"), baseline.entries().stream().map(BaselineEntry::rule).toList());
        BaselineEntry logo = baseline.entries().get(0);
        assertEquals(LOGO.fingerprint(), logo.fingerprint());
        assertEquals("Gemeente Voorbeeld", logo.organisation());
        assertEquals(List.of("1.1.1"), logo.criteria());
        assertEquals("image-alt at header > img.logo: Element does not have an alt attribute"
                + " (2 pages, e.g. https://www.voorbeeld.nl/)", logo.description());
        assertEquals("theme fix planned", logo.reason());
        assertEquals(LocalDate.of(2025, 6, 30), logo.expires());
    }

    @Test
    void gatesOnlyWhatTheBaselineDoesNotAccept() {
        BaselineMatch match = Baseline.of(BEFORE, "0.1.0", "", null, null).on(TODAY);

        List<Issue> gated = match.gated(AFTER);

        assertEquals(List.of("button-name"), gated.stream().map(i -> i.example().rule()).toList());
        assertEquals(1, match.acceptedFailures(AFTER));
        assertEquals(List.of("color-contrast"), match.unmatched(AFTER).stream().map(BaselineEntry::rule).toList());
    }

    @Test
    void anEntryCountsThroughItsExpiryDayAndNotAfter() {
        Baseline baseline = Baseline.of(BEFORE, "0.1.0", "", TODAY, null);
        Issue logo = AFTER.organisations().get(0).issues().stream()
                .filter(i -> i.example().rule().equals("image-alt")).findFirst().orElseThrow();

        assertEquals(State.ACCEPTED, baseline.on(TODAY).state(logo));
        BaselineMatch tomorrow = baseline.on(TODAY.plusDays(1));
        assertEquals(State.EXPIRED, tomorrow.state(logo));
        assertEquals(Set.of("image-alt", "button-name"),
                tomorrow.gated(AFTER).stream().map(i -> i.example().rule()).collect(Collectors.toSet()));
        assertEquals(1, tomorrow.expiredFailures(AFTER));
        assertEquals(0, tomorrow.acceptedFailures(AFTER));
    }

    @Test
    void recreatingKeepsWhatPeopleWroteAndDropsFixedIssues() {
        Baseline first = Baseline.of(BEFORE, "0.1.0", "accepted by the team", LocalDate.of(2025, 6, 30), null);

        Baseline second = Baseline.of(AFTER, "0.2.0", "", null, first);

        assertEquals(List.of("image-alt", "button-name"), second.entries().stream().map(BaselineEntry::rule).toList());
        assertEquals("accepted by the team", second.entries().get(0).reason());
        assertEquals(LocalDate.of(2025, 6, 30), second.entries().get(0).expires());
        assertEquals("", second.entries().get(1).reason());
        assertNull(second.entries().get(1).expires());
        assertEquals("0.2.0", second.toolVersion());
    }

    @Test
    void withoutABaselineEveryIssueIsNew() {
        assertEquals(AFTER.organisations().get(0).issues(), BaselineMatch.NONE.gated(AFTER));
    }

    @Test
    void descriptionStaysOneLineAndSaysWhereWithoutSelector() {
        assertEquals("Element has insufficient color contrast of 3.2",
                IssueDescription.firstStatement("Fix any of the following:\n  Element has insufficient color contrast of 3.2\n  more"));
        assertEquals("", IssueDescription.firstStatement(null));
        Issue pageLevel = new Issue("f", Scans.finding("document-title", Outcome.FAILED, null, null, null,
                null), List.of("https://x.nl/"), 1, Issue.Kind.CONTENT);
        assertEquals("document-title at the page (1 page, https://x.nl/)", IssueDescription.of(pageLevel));
    }
}
