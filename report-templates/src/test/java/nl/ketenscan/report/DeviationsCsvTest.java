package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.statement.Deviation;
import nl.ketenscan.rules.assessment.ChainAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviationsCsvTest {

    private static final List<String> HEADER = List.of("Succescriterium", "Naam", "Wat voldoet niet", "Regel", "Ernst",
            "Pagina's", "Elementen", "Oorzaak", "Maatregel", "Datum", "Norm");

    @TempDir
    Path dir;

    /** What the deviation says for an image without alt: ketenscan's Dutch explanation, not axe's English. */
    private static final String IMAGE_ALT_NL = "Een afbeelding heeft geen alt-attribuut (of een andere toegankelijke"
            + " naam), dus wie haar niet ziet, weet niet wat erop staat.";

    @Test
    void writesOneFilePerOrganisationThatReadsBackRowForRow() throws IOException {
        DeviationsCsv.write(ChainAssessment.of(BesluitScans.chain()), dir);

        byte[] bytes = Files.readAllBytes(dir.resolve("afwijkingen-gemeente-heuvelrand.csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]),
                "a byte order mark, so Excel reads UTF-8");
        List<List<String>> rows = CsvRows.parse(new String(bytes, StandardCharsets.UTF_8).substring(1), ';');
        assertEquals(HEADER, rows.get(0));
        assertEquals(List.of("1.1.1", "Niet-tekstuele content", IMAGE_ALT_NL, "image-alt", "Kritiek",
                BesluitScans.SITE + "\n" + BesluitScans.SITE + "afval/", "header img.logo", "", "", "",
                "WCAG 2.1 AA / EN 301 549 v3.2.1"), rows.get(1));
        assertEquals(List.of("1.3.1", "4.1.2"), List.of(rows.get(2).get(0), rows.get(3).get(0)));
        assertEquals(4, rows.size());
        assertEquals(List.of(HEADER), CsvRows.parse(Files.readString(dir.resolve("afwijkingen-welzijn-noord.csv")).substring(1), ';'),
                "an organisation without failures gets the header only");
        assertTrue(Files.exists(dir.resolve("afwijkingen-bibliotheek-aan-de-rivier.csv")));
    }

    @Test
    void quotesSeparatorsQuotesAndLineBreaksAndDisarmsFormulas() {
        Deviation hostile = new Deviation("1.1.1", null, "=HYPERLINK(\"https://evil.example\")",
                List.of(Message.verbatim("Tekst; met \"aanhalingstekens\"\nen een regel")), null,
                List.of("https://x.example/?a=1;b=2"), List.of("@import", "-1", "+cmd", "a[title=\"x\"]"));

        String csv = DeviationsCsv.csv(List.of(hostile), new ReportText(ReportText.DUTCH), "WCAG 2.2 AA");

        assertTrue(csv.endsWith("\r\n"));
        List<String> row = CsvRows.parse(csv.substring(1), ';').get(1);
        assertEquals(List.of("1.1.1", "", "Tekst; met \"aanhalingstekens\"\nen een regel",
                "'=HYPERLINK(\"https://evil.example\")", "Onbekend", "https://x.example/?a=1;b=2",
                "'@import\n-1\n+cmd\na[title=\"x\"]", "", "", "", "WCAG 2.2 AA"), row);
    }

    @Test
    void aLoneFieldStartingWithAFormulaSignIsPrefixed() {
        assertEquals("'-1", DeviationsCsv.field("-1"));
        assertEquals("'=1+1", DeviationsCsv.field("=1+1"));
        assertEquals("1.4.3", DeviationsCsv.field("1.4.3"));
        assertEquals("\" leading space\"", DeviationsCsv.field(" leading space"));
        assertEquals("", DeviationsCsv.field(""));
    }
}
