package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    @TempDir
    Path dir;

    @Test
    void aScanFolderGetsResultsTheHtmlReportAndPerOrganisationTheDeviationsAndTheWcagEmEvaluation() throws IOException {
        PageResult home = new PageResult("https://www.heuvelrand.example/", "https://www.heuvelrand.example/", 200,
                "text/html", "Home", "nl", null, List.of(), null, 0, 0);
        Reports.write(new ScanResults("0.1.0", "4.11.1", "scan-1", Instant.EPOCH, Instant.EPOCH, true, List.of(
                new OrganisationResults(Organisation.of("Gemeente Heuvelrand", Role.GEMEENTE, List.of(home.url())),
                        List.of(home)))), dir);

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("afwijkingen-gemeente-heuvelrand.csv", "index.html",
                    "organisatie-gemeente-heuvelrand.html", "results.json", "style.css",
                    "wcag-em-gemeente-heuvelrand.json"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
