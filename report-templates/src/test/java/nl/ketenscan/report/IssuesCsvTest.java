package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.ketenscan.rules.baseline.Baseline;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.baseline.BaselineMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuesCsvTest {

    @TempDir
    Path dir;

    @Test
    void oneRowPerIssueUnderTheHeader() throws IOException {
        List<List<String>> rows = write(BaselineMatch.NONE);

        assertEquals(IssuesCsv.HEADER, rows.get(0));
        assertEquals(7, rows.size(), "header + 3 + 3 issues");
        List<String> logo = rows.get(1);
        assertEquals(SampleScans.GEMEENTE, cell(logo, "organisation"));
        assertEquals("image-alt", cell(logo, "rule"));
        assertEquals("critical", cell(logo, "impact"));
        assertEquals("1.1.1", cell(logo, "criteria"));
        assertEquals("2", cell(logo, "pages"));
        assertEquals("3", cell(logo, "occurrences"));
        assertEquals(SampleScans.LOGO_SNIPPET, cell(logo, "snippet"), "quotes survive the round trip");
        assertEquals("Ensure <img> elements have alternative text or a role of none or presentation.",
                cell(logo, "message"), "CI outputs speak English: axe's own description of the rule");
        assertEquals("", cell(logo, "baseline"));
    }

    @Test
    void baselineColumnsSayWhatIsAcceptedAndWhy() throws IOException {
        Baseline baseline = Baseline.of(ChainAssessment.of(SampleScans.chain(true)), "0.1.0", "known, fix planned", LocalDate.of(2025, 6, 30), null);

        List<List<String>> rows = write(baseline.on(LocalDate.of(2025, 7, 1)));

        List<String> logo = rows.get(1);
        assertEquals("expired", cell(logo, "baseline"));
        assertEquals("known, fix planned", cell(logo, "baseline_reason"));
        assertEquals("2025-06-30", cell(logo, "baseline_expires"));
    }

    @Test
    void startsWithAByteOrderMarkAndEndsRowsWithCrlf() throws IOException {
        Path file = dir.resolve("issues.csv");
        new IssuesCsv().write(ReportInput.of(ChainAssessment.of(SampleScans.chain(true))), dir);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFForganisation,role,"));
        assertTrue(text.contains("example_page,fingerprint,baseline_reason,baseline_expires\r\n"));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", IssuesCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", IssuesCsv.cell("+1"));
        assertEquals("'@SUM(A1)", IssuesCsv.cell("@SUM(A1)"));
        assertEquals("\"a,b\"", IssuesCsv.cell("a,b"));
        assertEquals("plain", IssuesCsv.cell("plain"));
    }

    private List<List<String>> write(BaselineMatch baseline) throws IOException {
        Path file = dir.resolve("issues.csv");
        new IssuesCsv().write(new ReportInput(ChainAssessment.of(SampleScans.chain(true)), baseline, ReportText.DUTCH, List.of()), dir);
        return CsvRows.parse(Files.readString(file, StandardCharsets.UTF_8).substring(1), ',');
    }

    private static String cell(List<String> row, String column) {
        return row.get(IssuesCsv.HEADER.indexOf(column));
    }
}
