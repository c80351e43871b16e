package nl.ketenscan.rules.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private static final LocalDate SCAN_DAY = LocalDate.of(2026, 12, 6);
    private static final String STATEMENT = "https://www.heuvelrand.example/toegankelijkheid/";
    private static final String REGISTER = "https://www.toegankelijkheidsverklaring.nl/register/4321";

    @Test
    void aRecentStatementWithRecentResearchIsNotTooOld() throws IOException {
        StatementCheck check = dated(null, page(STATEMENT, "statement-dated.html", List.of()));

        assertEquals(Optional.of(LocalDate.of(2026, 6, 3)), check.date());
        assertEquals(List.of(LocalDate.of(2024, 11, 5), LocalDate.of(2026, 1, 12)), check.researchDates());
        assertFalse(check.statementTooOld());
        assertFalse(check.researchTooOld());
        assertFalse(check.noContact());
        assertFalse(check.noResearchReport());
    }

    @Test
    void aStatementOverAYearOldAndResearchOverThreeYearsOldAreTooOld() throws IOException {
        StatementCheck check = dated(null, page(STATEMENT, "statement-old.html", List.of()));

        assertTrue(check.statementTooOld(), "10 March 2023 is more than a year before the scan");
        assertTrue(check.researchTooOld(), "A rests on research of 15 January 2022");
        assertEquals(List.of(new LinkAnswer("https://onderzoek.example/welzijn-noord-rapport.pdf", "rapport",
                LinkAnswer.Answer.NOT_CHECKED, 0, List.of())), check.researchReports(), "outside the scope: listed");
    }

    @Test
    void withoutADateNothingIsTooOldAndTheScanDayMatters() throws IOException {
        assertFalse(dated(null, page(STATEMENT, "statement-undated.html", List.of())).statementTooOld());
        assertFalse(check(page(STATEMENT, "statement-old.html", List.of())).statementTooOld(), "no scan day known");
    }

    @Test
    void aStatementNamingNoWayToContactIsNoted() throws IOException {
        StatementCheck check = dated(null, page(STATEMENT, "statement-no-contact.html", List.of()));

        assertTrue(check.noContact());
        assertFalse(dated(null, page("https://www.heuvelrand.example/", "footer-link-toegankelijkheid.html", List.of()))
                .noContact(), "a statement that was not scanned is not said to lack contact");
    }

    @Test
    void aResearchReportTheCrawlFoundDeadIsBrokenAndAFormThatAnsweredWorks() throws IOException {
        PageResult report = PageResult.failed("https://www.heuvelrand.example/rapporten/toegankelijkheidsonderzoek-2026.pdf",
                404, "text/html", "niet gevonden");
        PageResult form = page("https://www.heuvelrand.example/melden/", "no-statement.html", List.of());

        StatementCheck check = dated(null, page(STATEMENT, "statement-dead-report.html", List.of()), report, form);

        assertEquals(LinkAnswer.Answer.BROKEN, check.researchReports().get(0).answer());
        assertEquals(404, check.researchReports().get(0).status());
        assertEquals(List.of(new LinkAnswer("https://www.heuvelrand.example/melden/", "form", LinkAnswer.Answer.WORKS,
                200, List.of())), check.contacts());
        assertTrue(check.brokenLinks());
    }

    @Test
    void theRegisterShowingAnotherStatusIsADisagreementAndItsADeclaredWithFailuresAContradiction() throws IOException {
        RegisterEntry register = new RegisterEntry(REGISTER, StatementStatus.A, LocalDate.of(2026, 9, 1), List.of(), null);

        StatementCheck check = dated(register,
                page(STATEMENT, "statement-dead-report.html", List.of(FAILURE)));

        assertEquals(StatementStatus.B, check.declared());
        assertEquals(StatementStatus.A, check.registerStatus());
        assertTrue(check.statusDisagreement());
        assertTrue(check.contradiction(), "the register says A while the scan proved a failure");
    }

    @Test
    void anUnreadRegisterSaysNothingAboutTheStatus() throws IOException {
        RegisterEntry unread = RegisterEntry.unread(REGISTER, nl.ketenscan.rules.Message.of("register.unreachable", "x"));

        StatementCheck check = dated(unread, page(STATEMENT, "statement-dead-report.html", List.of()));

        assertNull(check.registerStatus());
        assertFalse(check.statusDisagreement());
    }

    @Test
    void theRegisterPageIsReadForItsStatusAndDate() {
        RegisterEntry entry = RegisterEntry.of(PageContent.parse(REGISTER, """
                <html><body><main><h1>Toegankelijkheidsverklaring Gemeente Heuvelrand</h1>
                <dl><dt>Status</dt><dd>C - eerste maatregelen genomen</dd>
                <dt>Datum verklaring</dt><dd>01-09-2026</dd></dl></main></body></html>"""));

        assertEquals(StatementStatus.C, entry.status());
        assertEquals(LocalDate.of(2026, 9, 1), entry.date());
        assertFalse(RegisterEntry.of(PageContent.parse(REGISTER, "<html><body><p>Niet gevonden</p></body></html>"))
                .wasRead(), "a page without a status is no entry");
    }

    @Test
    void theRegistersOwnWordingIsRead() {
        RegisterEntry entry = RegisterEntry.of(PageContent.parse(REGISTER, """
                <html><body><main><h1>Verklaring van Gemeente Heuvelrand</h1>
                <p>De status van deze website is: <strong>B - voldoet gedeeltelijk</strong>
                <a href="/uitleg">?</a> - Ga naar de informatie over de nalevingsstatussen</p>
                <p>De status is toegekend op basis van een eigen verklaring, die voor het laatst is bijgewerkt op
                21-12-2025</p><p>Maatregelen worden uitgevoerd voor 1-7-2027.</p></main></body></html>"""));

        assertEquals(StatementStatus.B, entry.status());
        assertEquals(LocalDate.of(2025, 12, 21), entry.date(), "a planned measure's date is no date of the statement");
    }

    private static StatementCheck dated(RegisterEntry register, PageResult... pages) {
        return StatementCheck.of(new OrganisationResults(
                Organisation.of("Gemeente Heuvelrand", Role.GEMEENTE, List.of("https://www.heuvelrand.example/")),
                List.of(pages), Map.of(), null, register), SCAN_DAY);
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
