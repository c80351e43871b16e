package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of the report the Besluit asks for: statement, what the scan rules out, exemptions, deviations, sample. */
class HtmlReportBesluitTest {

    @TempDir
    Path dir;

    @BeforeEach
    void write() {
        HtmlReport.write(ChainAssessment.of(BesluitScans.chain()), dir);
    }

    @Test
    void statementSectionSaysWhereTheStatementIsWhatItDeclaresAndThatAIsRuledOut() throws IOException {
        Element section = section(page("organisatie-gemeente-heuvelrand.html"), "verklaring");

        assertNotNull(section.selectFirst("a[href=" + BesluitScans.STATEMENT + "]"));
        String text = section.text();
        assertTrue(text.contains("\u201CToegankelijkheid\u201D, op 4 gescande pagina\u2019s"), text);
        assertTrue(text.contains("B \u2013 voldoet gedeeltelijk"), text);
        assertTrue(text.contains("gelezen in de verklaring op"), text);
        assertTrue(text.contains("Status A (voldoet volledig) is uitgesloten: de scan heeft 2 problemen gevonden"), text);
        assertNull(section.selectFirst(".notice-contradiction"));
    }

    @Test
    void aDeclaredAWithFailuresIsAContradictionSaidInWordsNotOnlyInRed() throws IOException {
        Element notice = section(page("organisatie-bibliotheek-aan-de-rivier.html"), "verklaring")
                .selectFirst(".notice-contradiction");

        assertNotNull(notice);
        assertEquals("Tegenstrijdig:", notice.selectFirst("strong").text());
        assertTrue(notice.text().contains("de verklaring of het register meldt status A (voldoet volledig), maar de scan heeft 1 probleem"
                + " automatisch aangetoond. Status A klopt dus niet."), notice.text());
    }

    @Test
    void noStatementAnywhereIsStatusE() throws IOException {
        Element section = section(page("organisatie-welzijn-noord.html"), "verklaring");

        assertTrue(section.text().contains("Geen verklaring gevonden."), section.text());
        assertTrue(section.text().contains("status E (geen verklaring)"), section.text());
        assertTrue(section.text().contains("De scan heeft geen problemen automatisch aangetoond."), section.text());
    }

    @Test
    void indexShowsEachStatementWithTheContradictionInWords() throws IOException {
        Document index = page("index.html");

        assertEquals("B \u2013 voldoet gedeeltelijk A uitgesloten", statementCell(index, BesluitScans.GEMEENTE));
        assertEquals("A \u2013 voldoet volledig Tegenstrijdig: A gemeld, A uitgesloten",
                statementCell(index, BesluitScans.BIBLIOTHEEK));
        assertEquals("niet gevonden (E)", statementCell(index, BesluitScans.WELZIJN));
    }

    @Test
    void exemptDocumentsAndThirdPartyContentAreListedWithWhyNotCounted() throws IOException {
        Element section = section(page("organisatie-gemeente-heuvelrand.html"), "uitzonderingen");

        List<Element> documents = section.select("table").get(0).select("tbody tr");
        assertEquals(List.of(
                List.of(BesluitScans.OLD_PDF, "PDF", "onbekend", "12 april 2017",
                        "Uitgezonderd: kantoorbestand van vóór 23 september 2018",
                        "Uitgezonderd: niet gecontroleerd en niet meegeteld"),
                List.of(BesluitScans.NEW_PDF, "PDF", "240 kB", "5 maart 2024", "Niet uitgezonderd",
                        "Geen fouten gevonden bij de automatische controles"),
                List.of(BesluitScans.UNDATED_PDF, "PDF", "onbekend", "onbekend",
                        "Onbekend: het bestand vermeldt geen aanmaakdatum",
                        "Niet gecontroleerd: de scan zegt niets over de toegankelijkheid van dit bestand")),
                documents.stream().map(HtmlReportBesluitTest::cells).toList());
        Element embed = section.select("table").get(1).selectFirst("tbody tr");
        assertEquals(List.of(BesluitScans.MAP, "iframe", "1 pagina, zoals " + BesluitScans.SITE + "afval/", "2"),
                cells(embed));
    }

    @Test
    void deviationsAreListedPerCriterionWithTheDutchNameAndLinkToTheCsv() throws IOException {
        Element section = section(page("organisatie-gemeente-heuvelrand.html"), "afwijkingen");

        assertEquals(List.of("1.1.1 Niet-tekstuele content", "1.3.1 Info en relaties", "4.1.2 Naam, rol, waarde"),
                section.select("tbody th").eachText());
        assertEquals("https://www.w3.org/WAI/WCAG21/Understanding/non-text-content.html",
                section.selectFirst("tbody th a").attr("href"));
        Element images = section.selectFirst("tbody tr");
        assertEquals(List.of(BesluitScans.SITE, BesluitScans.SITE + "afval/"), images.select("ul.pages a").eachText());
        assertEquals(List.of("header img.logo"), images.select("ul.elements code").eachText());
        assertEquals("Kritiek", images.selectFirst(".impact").text());
        assertNotNull(section.selectFirst("a[href=afwijkingen-gemeente-heuvelrand.csv]"));
    }

    @Test
    void aDeviationOnManyPagesShowsAFewAndCountsTheRest() throws IOException {
        List<PageResult> pages = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            pages.add(BesluitScans.html(BesluitScans.SITE + "pagina-" + i + "/", "Pagina " + i,
                    List.of(BesluitScans.failure("image-alt", List.of("1.1.1"), Impact.CRITICAL, "img.logo", "Geen alt")),
                    Set.of(), PageFacts.NONE));
        }
        ScanResults results = new ScanResults("0.1.0", "4.11.1", "scan", Instant.EPOCH, Instant.EPOCH, true,
                List.of(new OrganisationResults(Organisation.of("Sjabloon", Role.GEMEENTE, List.of(BesluitScans.SITE)),
                        pages)));
        HtmlReport.write(ChainAssessment.of(results), dir);

        Element where = section(page("organisatie-sjabloon.html"), "afwijkingen").selectFirst("ul.pages");

        assertEquals(5, where.select("a").size());
        assertEquals("en 2 andere pagina’s (alle in de CSV)", where.select("li").last().text());
    }

    @Test
    void sampleListsTheStructuredPagesWithTheirReasonsAndTheRandomDrawWithItsSeed() throws IOException {
        Element section = section(page("organisatie-gemeente-heuvelrand.html"), "steekproef");

        List<Element> rows = section.select("tbody tr");
        assertEquals(List.of(BesluitScans.SITE, "Home | Heuvelrand", "startpagina, sjabloon"), cells(rows.get(0)));
        assertTrue(rows.stream().anyMatch(r -> cells(r).equals(List.of(BesluitScans.STATEMENT,
                "Toegankelijkheidsverklaring | Heuvelrand", "toegankelijkheidsverklaring"))), section.text());
        assertTrue(rows.stream().anyMatch(r -> cells(r).get(2).equals("document")), "one PDF that is not exempt");
        assertTrue(section.text().contains("seed "), section.text());
        assertNotNull(section.selectFirst("a[href=wcag-em-gemeente-heuvelrand.json]"));
    }

    private Document page(String name) throws IOException {
        return Jsoup.parse(dir.resolve(name).toFile(), "UTF-8");
    }

    private static Element section(Document page, String headingId) {
        Element section = page.selectFirst("section[aria-labelledby=" + headingId + "]");
        assertNotNull(section, headingId);
        return section;
    }

    private static String statementCell(Document index, String organisation) {
        for (Element row : index.select("table.overview tbody tr")) {
            if (row.selectFirst("th").text().equals(organisation)) {
                return row.select("td").last().text();
            }
        }
        throw new AssertionError("no row for " + organisation);
    }

    private static List<String> cells(Element row) {
        return row.select("th, td").eachText();
    }
}
