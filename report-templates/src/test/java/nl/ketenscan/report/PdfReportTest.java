package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.rules.assessment.ChainAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format pdf}: each organisation's page, already written as HTML, printed once; the browser ended. */
class PdfReportTest {

    @TempDir
    Path dir;

    @Test
    void printsEachOrganisationsPageAfterTheHtmlIsWrittenAndClosesThePrinter() throws Exception {
        List<String> printed = new ArrayList<>();
        boolean[] closed = {false};
        PdfPrinter printer = folder -> new PdfPrinter.Session() {
            @Override
            public byte[] print(String page) {
                assertTrue(Files.isRegularFile(folder.resolve(page)), "the HTML page exists before printing: " + page);
                printed.add(page);
                return ("%PDF " + page).getBytes(StandardCharsets.US_ASCII);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ReportInput input = ReportInput.of(ChainAssessment.of(SampleScans.chain(true)));
        List<ReportFormat> formats = ReportFormats.chosen(List.of("pdf"));

        assertEquals(List.of("html", "deviations", "wcag-em", "pdf"), formats.stream().map(ReportFormat::id).toList(),
                "the PDF brings the HTML it prints, which brings what it links to, and comes last");
        formats.stream().filter(f -> !(f instanceof PdfReport)).forEach(f -> f.write(input, dir));
        new PdfReport(printer).write(input, dir);

        assertEquals(List.of("organisatie-gemeente-voorbeeldstad.html", "organisatie-bibliotheek-aan-de-rivier.html"), printed);
        assertArrayEquals("%PDF organisatie-gemeente-voorbeeldstad.html".getBytes(StandardCharsets.US_ASCII),
                Files.readAllBytes(dir.resolve("organisatie-gemeente-voorbeeldstad.pdf")));
        assertTrue(closed[0]);
    }

    @Test
    void withoutABrowserItSaysWhatItNeeds() {
        ReportInput input = ReportInput.of(ChainAssessment.of(SampleScans.chain(true)));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReportFormats.byId("pdf").orElseThrow().write(input, dir));
        assertTrue(e.getMessage().contains("Chromium"), e.getMessage());
    }
}
