package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.ketenscan.report.ReportFormats;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.baseline.BaselineMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    private static final String SITE = "https://www.lindeveen.example/";

    @TempDir
    Path folder;

    @Test
    void aScanFolderGetsResultsTheHtmlReportAndPerOrganisationTheDeviationsAndTheWcagEmEvaluation()
            throws IOException {
        reports(ReportFormats.DEFAULTS).write(lindeveen(page("", "Home | Gemeente Lindeveen")), folder, System.err);

        assertEquals(List.of("afwijkingen-gemeente-lindeveen.csv", "index.html", "organisatie-gemeente-lindeveen.html",
                "overview.js", "results.json", "style.css", "wcag-em-gemeente-lindeveen.json"), files());
    }

    @Test
    void theHtmlReportBringsTheFilesItLinksToWhileOtherFormatsComeAlone() throws IOException {
        reports("html").write(lindeveen(page("", "Home | Gemeente Lindeveen")), folder, System.err);
        assertEquals(List.of("afwijkingen-gemeente-lindeveen.csv", "index.html", "organisatie-gemeente-lindeveen.html",
                "overview.js", "style.css", "wcag-em-gemeente-lindeveen.json"), files());

        Path alone = Files.createDirectory(folder.resolve("alleen"));
        reports("deviations,junit").write(lindeveen(page("", "Home | Gemeente Lindeveen")), alone, System.err);
        try (Stream<Path> files = Files.list(alone)) {
            assertEquals(List.of("afwijkingen-gemeente-lindeveen.csv", "junit.xml"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void anUnknownFormatIsRefusedNamingEveryRegisteredOne() {
        FormatOptions options = new FormatOptions();
        options.formats = List.of("html", "docx");

        UserError error = assertThrows(UserError.class, options::chosen);

        assertEquals("--format docx is not an output ketenscan writes; choose from html, json, deviations, wcag-em,"
                + " sarif, junit, csv, pdf", error.getMessage());
    }

    @Test
    void siteRuleFindingsReachEveryOutputAndRenderingAgainGivesTheSame() throws IOException {
        Finding logo = new Finding("image-alt", Engine.AXE, Outcome.FAILED, List.of("1.1.1"), Impact.CRITICAL,
                "img.logo", "<img class=\"logo\">", "Afbeelding heeft geen alt-tekst", null);
        ChainAssessment stored = lindeveen(page("afval/", "Afval | Gemeente Lindeveen", logo),
                page("afvalkalender/", "Afval | Gemeente Lindeveen"));

        reports("html,json").write(stored, folder, System.err);
        String json = Files.readString(folder.resolve("results.json"));
        String html = Files.readString(folder.resolve("organisatie-gemeente-lindeveen.html"));
        String csv = Files.readString(folder.resolve("afwijkingen-gemeente-lindeveen.csv"));
        String evaluation = Files.readString(folder.resolve("wcag-em-gemeente-lindeveen.json"));
        reports("html,json").write(stored, folder, System.err);

        assertTrue(json.contains("\"page-title-duplicate\""), json);
        assertTrue(html.contains("page-title-duplicate"));
        assertTrue(csv.contains("1.1.1;Niet-tekstuele content;"), "the catalogue names the deviation's criterion: "
                + csv);
        assertTrue(evaluation.contains("\"WCAG21:non-text-content\""), "assertions carry the criteria's W3C ids");
        assertTrue(evaluation.contains("\"WCAG21:page-titled\""), "the site rule's finding is asserted too");
        assertEquals(json, Files.readString(folder.resolve("results.json")));
    }

    private static ChainAssessment lindeveen(PageResult... pages) {
        return ChainAssessment.of(new ScanResults("dev", "4.11.1", "scan-1", Instant.EPOCH, Instant.EPOCH, true,
                List.of(new OrganisationResults(Organisation.of("Gemeente Lindeveen", Role.GEMEENTE, List.of(SITE)),
                        List.of(pages)))));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static PageResult page(String path, String title, Finding... findings) {
        return new PageResult(SITE + path, SITE + path, 200, "text/html", title, "nl", null, List.of(findings), null,
                0, 0, null, PageFacts.NONE);
    }

    /** The outputs {@code --format ids} chooses, the HTML report in Dutch. */
    private static Reports reports(String ids) {
        return new Reports(ReportFormats.chosen(List.of(ids.split(","))), FormatOptions.DUTCH, BaselineMatch.NONE,
                null);
    }
}
