package nl.ketenscan.rules.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatementContentsTest {

    @Test
    void readsTheStatementsDateTheResearchDatesTheContactWaysAndTheReport() throws IOException {
        StatementContents contents = contents("statement-dated.html");

        assertEquals(LocalDate.of(2026, 6, 3), contents.date(), "the latest of opgesteld and laatst bijgewerkt");
        assertEquals(List.of(LocalDate.of(2026, 1, 12), LocalDate.of(2024, 11, 5)), contents.researchDates(),
                "the dd labelled by its dt, and the sentence's own words");
        assertEquals(List.of(
                new ContactWay(ContactWay.Kind.EMAIL, "toegankelijkheid@heuvelrand.example", true),
                new ContactWay(ContactWay.Kind.PHONE, "14 0318", false),
                new ContactWay(ContactWay.Kind.FORM, "https://www.heuvelrand.example/contact/formulier/", true)),
                contents.contacts(), "the header's links are the template's, not the statement's");
        assertEquals(List.of(new StatementLink("https://www.heuvelrand.example/documenten/onderzoeksrapport-2026.pdf",
                "onderzoeksrapport (PDF)")), contents.researchReports());
    }

    @Test
    void aDayAndMonthWithoutAYearIsNoDate() throws IOException {
        StatementContents contents = contents("statement-undated.html");

        assertNull(contents.date());
        assertEquals(List.of(), contents.researchDates());
        assertEquals(List.of(new ContactWay(ContactWay.Kind.EMAIL, "info@bieb.example", false)), contents.contacts(),
                "an address only written is still a way to contact");
    }

    @Test
    void aTableHeaderLabelsTheDateBesideIt() throws IOException {
        StatementContents contents = contents("statement-old.html");

        assertEquals(LocalDate.of(2023, 3, 10), contents.date());
        assertEquals(List.of(LocalDate.of(2022, 1, 15)), contents.researchDates());
        assertEquals(List.of(new ContactWay(ContactWay.Kind.PHONE, "030-1234567", false)), contents.contacts());
        assertEquals(List.of(new StatementLink("https://onderzoek.example/welzijn-noord-rapport.pdf", "rapport")),
                contents.researchReports());
    }

    @Test
    void aNumberWrittenAndLinkedInternationallyIsOneWayToCall() {
        StatementEvidence evidence = StatementEvidence.of(nl.ketenscan.rules.PageContent.parse(
                "https://gemeente.example/toegankelijkheid/", """
                <html><head><title>Toegankelijkheidsverklaring</title></head><body><main>
                <p>Laat het ons weten: bel <a href="tel:+31851234567">085 123 45 67</a>.</p></main></body></html>"""));

        assertEquals(List.of(new ContactWay(ContactWay.Kind.PHONE, "+31851234567", true)),
                evidence.contents().contacts());
    }

    @Test
    void theTemplatesContactLinksDoNotCount() throws IOException {
        assertEquals(List.of(), contents("statement-no-contact.html").contacts());
    }

    @Test
    void onlyAStatementPageIsRead() throws IOException {
        assertSame(StatementContents.NONE,
                StatementEvidence.of(StatementEvidenceTest.fixture("footer-link-toegankelijkheid.html")).contents());
    }

    @Test
    void impossibleDatesAreLeftOut() {
        assertEquals(List.of(LocalDate.of(2024, 2, 29)),
                DutchDates.find("31-02-2024, 2024-13-01 en 29 februari 2024").stream().map(DutchDates.Found::date).toList());
    }

    private static StatementContents contents(String fixture) throws IOException {
        StatementEvidence evidence = StatementEvidence.of(StatementEvidenceTest.fixture(fixture));
        return evidence.contents();
    }
}
