package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.statement.ContactWay;
import nl.ketenscan.rules.statement.RegisterEntry;
import nl.ketenscan.rules.statement.StatementContents;
import nl.ketenscan.rules.statement.StatementEvidence;
import nl.ketenscan.rules.statement.StatementLink;
import nl.ketenscan.rules.statement.StatementStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statement as Logius checks it: dates with "te oud", contact ways and reports with their answers, three statuses. */
class HtmlReportStatementReviewTest {

    private static final String SITE = "https://www.heuvelrand.example/";
    private static final String STATEMENT = SITE + "toegankelijkheid/";
    private static final String REPORT = SITE + "rapport-2021.pdf";
    private static final String REGISTER = "https://www.toegankelijkheidsverklaring.nl/register/4321";

    @TempDir
    Path dir;

    @Test
    void oldDatesDeadReportAndARegisterShowingAnotherStatusAreSaidInWords() throws IOException {
        Element section = write(new RegisterEntry(REGISTER, StatementStatus.A, LocalDate.of(2024, 1, 5), List.of(), null),
                ReportText.DUTCH);
        String text = section.text();

        assertTrue(text.contains("10 maart 2023 te oud"), text);
        assertTrue(text.contains("4 februari 2021 te oud"), text);
        assertTrue(text.contains("e-mail: info@heuvelrand.example \u2013 een scan kan dit niet proberen"), text);
        assertTrue(text.contains("werkt niet: niet gevonden"), text);
        assertTrue(text.contains("niet gecontroleerd"), text);
        assertTrue(text.contains("de verklaring meldt status B, het register status A."), text);
        assertNotNull(section.selectFirst("table.statuses caption"), "the three statuses are a table with a caption");
        assertNotNull(section.selectFirst("a[href=" + REGISTER + "]"));
    }

    @Test
    void anUnreachableRegisterIsANoteInEnglishToo() throws IOException {
        Element section = write(RegisterEntry.unread(REGISTER, Message.of("register.unreachable", "Connection refused")),
                java.util.Locale.ENGLISH);

        assertTrue(section.text().contains("not read: The register could not be reached: Connection refused"),
                section.text());
        assertTrue(section.text().contains("too old"), section.text());
    }

    private Element write(RegisterEntry register, java.util.Locale language) throws IOException {
        StatementContents contents = new StatementContents(LocalDate.of(2023, 3, 10), List.of(LocalDate.of(2021, 2, 4)),
                List.of(new ContactWay(ContactWay.Kind.EMAIL, "info@heuvelrand.example", true)),
                List.of(new StatementLink(REPORT, "Onderzoeksrapport"),
                        new StatementLink("https://onderzoek.example/rapport.pdf", "Hertest")));
        PageResult home = BesluitScans.html(SITE, "Home", List.of(BesluitScans.failure("image-alt", List.of("1.1.1"),
                Impact.CRITICAL, "img", "geen alt")), Set.of(), BesluitScans.facts(new StatementEvidence(
                List.of(new StatementLink(STATEMENT, "Toegankelijkheid")), List.of(REGISTER), false, null, null),
                "home", List.of()));
        PageResult statement = BesluitScans.html(STATEMENT, "Toegankelijkheidsverklaring", List.<Finding>of(), Set.of(),
                BesluitScans.facts(new StatementEvidence(List.of(), List.of(REGISTER), true, StatementStatus.B, null,
                        contents), "inhoud", List.of()));
        PageResult dead = PageResult.failed(REPORT, 404, "text/html", "niet gevonden");
        ScanResults scan = new ScanResults("0.1.0", "4.14.1", "scan", Instant.parse("2026-12-06T09:00:00Z"),
                Instant.parse("2026-12-06T09:30:00Z"), true, List.of(new OrganisationResults(
                Organisation.of("Gemeente Heuvelrand", Role.GEMEENTE, List.of(SITE)), List.of(home, statement, dead),
                Map.of(), null, register)));
        HtmlReport.write(ChainAssessment.of(scan), dir, language);
        Document page = Jsoup.parse(Files.readString(dir.resolve("organisatie-gemeente-heuvelrand.html")));
        return page.getElementById("verklaring").parent();
    }
}
