package nl.ketenscan.crawler.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.ketenscan.crawler.crawl.FetchResult;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.PageResult;
import org.junit.jupiter.api.Test;

/** Office files written in the test, read from their XML and judged by the document rules, as the crawler does. */
class OfficeReaderTest {

    private static final String URL = "https://gemeente.example/raadsvoorstel";
    private final DocumentCheck check = new DocumentCheck(Duration.ofSeconds(30), 10L * 1024 * 1024);

    @Test
    void anAccessibleDocxIsCheckedAndPasses() {
        PageResult docx = check(SampleOffice.DOCX, SampleOffice.accessibleDocx());

        assertNull(docx.error());
        assertEquals(List.of(), docx.findings());
        assertEquals("Raadsvoorstel", docx.title());
        assertEquals("nl-NL", docx.lang());
        assertEquals(LocalDate.of(2024, 3, 5), docx.facts().documentCreated());
    }

    @Test
    void aDocxWithoutTitleLanguageHeadingsAltTextAndHeaderRowGetsEachFinding() {
        PageResult docx = check(SampleOffice.DOCX, SampleOffice.inaccessibleDocx());

        assertNull(docx.error());
        assertEquals(Map.of("office-title", "failed 2.4.2", "office-language", "failed 3.1.1",
                "office-headings", "needs-review 1.3.1", "office-image-alt", "failed 1.1.1",
                "office-table-header", "needs-review 1.3.1"), outcomes(docx.findings()));
        Finding alt = docx.findings().stream().filter(f -> f.rule().equals("office-image-alt")).findFirst().orElseThrow();
        assertEquals("Afbeelding 1", alt.snippet(), "the decorative line is not counted");
        Finding heading = docx.findings().stream().filter(f -> f.rule().equals("office-headings")).findFirst()
                .orElseThrow();
        assertEquals("Inleiding", heading.snippet(), "the bold cell in the table is no lookalike heading");
    }

    @Test
    void anOdtWithAndWithoutHeadingsAndAltText() {
        assertEquals(Map.of(), outcomes(check(SampleOffice.ODT, SampleOffice.odt(true)).findings()));
        assertEquals(Map.of("office-title", "failed 2.4.2", "office-language", "failed 3.1.1",
                        "office-headings", "needs-review 1.3.1", "office-image-alt", "failed 1.1.1",
                        "office-table-header", "needs-review 1.3.1"),
                outcomes(check(SampleOffice.ODT, SampleOffice.odt(false)).findings()));
    }

    @Test
    void aPresentationsPicturesAndTablesAndASpreadsheetsTables() {
        assertEquals(Map.of("office-image-alt", "failed 1.1.1", "office-table-header", "needs-review 1.3.1"),
                outcomes(check(SampleOffice.PPTX, SampleOffice.pptx()).findings()));
        assertEquals(Map.of("office-table-header", "needs-review 1.3.1"),
                outcomes(check(SampleOffice.XLSX, SampleOffice.xlsx()).findings()));
    }

    @Test
    void aZipBombDressedAsDocxIsRefusedWithinItsLimit() {
        PageResult bomb = check(SampleOffice.DOCX, SampleOffice.zipBomb(64));

        assertEquals("document-error.zip-bomb", bomb.error().get(0).key());
        assertNull(bomb.features(), "not checked");
    }

    @Test
    void aDocumentTypeDefinitionIsRefusedNotExpanded() {
        PageResult docx = check(SampleOffice.DOCX, SampleOffice.docxWithEntities());

        assertEquals("document-error.unreadable", docx.error().get(0).key());
        assertEquals(List.of(), docx.findings());
    }

    @Test
    void aFileThatIsNoZipIsUnreadableAndAnOldBinaryFormatStaysUncheckedWithoutError() {
        assertEquals(Message.of("document-error.no-content", "Word"),
                check(SampleOffice.DOCX, new byte[] {'P', 'K', 3, 4, 0}).error().get(0));
        PageResult doc = check("application/msword", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        assertNull(doc.error());
        assertNull(doc.features());
    }

    private PageResult check(String contentType, byte[] body) {
        return check.check(URL, new FetchResult(URL, URL, 200, contentType, body, false, null));
    }

    private static Map<String, String> outcomes(List<Finding> findings) {
        Map<String, String> outcomes = new TreeMap<>();
        findings.forEach(f -> outcomes.put(f.rule(), f.outcome().id() + " " + String.join(" ", f.criteria())));
        return outcomes;
    }
}
