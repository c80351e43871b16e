package nl.ketenscan.rules.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import org.junit.jupiter.api.Test;

class StatementCheckTest {

    private static final Finding FAILURE = new Finding("image-alt", Engine.AXE, Outcome.FAILED, List.of("1.1.1"),
            Impact.CRITICAL, "img.logo", "<img class=\"logo\">", "Afbeelding zonder alt-tekst", null);
    private static final Finding REVIEW = new Finding("color-contrast", Engine.AXE, Outcome.NEEDS_REVIEW,
            List.of("1.4.3"), Impact.SERIOUS, "svg text", null, "Contrast onbekend", null);

    @Test
    void findsTheStatementPageTheFooterLinksToAndItsDeclaredStatus() throws IOException {
        PageResult home = page("https://www.heuvelrand.example/", "footer-link-toegankelijkheid.html", List.of());
        PageResult other = page("https://www.heuvelrand.example/afval/", "footer-link-toegankelijkheid.html", List.of());
        PageResult statement = page("https://www.heuvelrand.example/toegankelijkheid/", "statement-status-b.html",
                List.of());

        StatementCheck check = check(home, other, statement);

        Statement found = check.statement();
        assertEquals("https://www.heuvelrand.example/toegankelijkheid/", found.url());
        assertEquals(StatementStatus.B, found.declaredStatus());
        assertEquals("https://www.heuvelrand.example/toegankelijkheid/", found.statusFoundOn());
        assertFalse(found.statusFromLabel());
        assertEquals("Toegankelijkheid", found.linkText());
        assertEquals(List.of(home.url(), other.url()), found.linkedFrom());
        assertEquals(List.of(), check.ruledOut(), "no failures, so the scan rules nothing out");
        assertFalse(check.contradiction());
        assertFalse(check.missing());
    }

    @Test
    void anAutomatedFailureRulesOutA() throws IOException {
        StatementCheck check = check(
                page("https://www.heuvelrand.example/", "footer-link-toegankelijkheid.html", List.of(FAILURE)),
                page("https://www.heuvelrand.example/toegankelijkheid", "statement-status-b.html", List.of()));

        assertEquals(List.of(StatementStatus.A), check.ruledOut());
        assertFalse(check.contradiction(), "B with failures is what B means");
    }

    @Test
    void declaringAWithAutomatedFailuresIsAContradiction() throws IOException {
        StatementCheck check = check(
                page("https://www.heuvelrand.example/", "footer-link-toegankelijkheid.html", List.of(FAILURE)),
                page("https://www.heuvelrand.example/toegankelijkheid/", "statement-status-a.html", List.of()));

        assertEquals(StatementStatus.A, check.statement().declaredStatus());
        assertTrue(check.contradiction());
    }

    @Test
    void declaringAWithOnlyFindingsToReviewIsNoContradiction() throws IOException {
        StatementCheck check = check(
                page("https://www.heuvelrand.example/", "footer-link-toegankelijkheid.html", List.of(REVIEW)),
                page("https://www.heuvelrand.example/toegankelijkheid/", "statement-status-a.html", List.of()));

        assertFalse(check.contradiction());
        assertEquals(List.of(), check.ruledOut());
    }

    @Test
    void noStatementAnywhereIsTheSituationOfStatusE() throws IOException {
        StatementCheck check = check(page("https://www.heuvelrand.example/nieuws/", "no-statement.html", List.of()));

        assertNull(check.statement());
        assertTrue(check.missing());
    }

    @Test
    void withoutAnyCheckedPageNothingIsSaidAboutTheStatement() {
        StatementCheck check = check(PageResult.failed("https://www.heuvelrand.example/", 0, null, "onbereikbaar"));

        assertFalse(check.missing());
        assertNull(check.statement());
    }

    @Test
    void aRegisterLabelAloneGivesTheRegisterEntryAndTheLabelsStatus() throws IOException {
        PageResult home = page("https://www.heuvelrand.example/", "register-badge.html", List.of());

        Statement found = check(home).statement();

        assertEquals("https://www.toegankelijkheidsverklaring.nl/register/4321", found.url());
        assertEquals("https://www.toegankelijkheidsverklaring.nl/register/4321", found.registerUrl());
        assertEquals(StatementStatus.B, found.declaredStatus());
        assertTrue(found.statusFromLabel());
        assertEquals(home.url(), found.statusFoundOn());
    }

    @Test
    void aLinkedStatementPageThatWasNotScannedIsFoundWithoutStatus() throws IOException {
        Statement found = check(page("https://www.heuvelrand.example/", "footer-link-toegankelijkheid.html", List.of()))
                .statement();

        assertEquals("https://www.heuvelrand.example/toegankelijkheid/", found.url());
        assertNull(found.declaredStatus());
    }

    private static StatementCheck check(PageResult... pages) {
        return StatementCheck.of(new OrganisationResults(
                Organisation.of("Gemeente Heuvelrand", Role.GEMEENTE, List.of("https://www.heuvelrand.example/")),
                List.of(pages)));
    }

    static PageResult page(String url, String fixture, List<Finding> findings) throws IOException {
        PageContent content = PageContent.parse(url, StatementEvidenceTest.fixture(fixture).document().outerHtml());
        return new PageResult(url, url, 200, "text/html", content.document().title(), "nl", null, findings, null, 0,
                0, null,
                PageFacts.of(content, List.of()));
    }
}
