package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    private static final String SITE = "https://www.lindeveen.example/";

    @TempDir
    Path folder;

    @Test
    void siteRuleFindingsReachResultsJsonAndTheReportAndRenderingAgainGivesTheSame() throws IOException {
        ScanResults stored = new ScanResults("dev", "4.11.1", "scan-1", Instant.EPOCH, Instant.EPOCH, true, List.of(
                new OrganisationResults(Organisation.of("Gemeente Lindeveen", Role.GEMEENTE, List.of(SITE)), List.of(
                        page("afval/", "Afval | Gemeente Lindeveen"),
                        page("afvalkalender/", "Afval | Gemeente Lindeveen")))));

        Reports.defaults().write(stored, folder, System.err);
        String json = Files.readString(folder.resolve("results.json"));
        String html = Files.readString(folder.resolve("organisatie-gemeente-lindeveen.html"));
        Reports.defaults().write(stored, folder, System.err);

        assertTrue(json.contains("\"page-title-duplicate\""), json);
        assertTrue(html.contains("page-title-duplicate"));
        assertEquals(json, Files.readString(folder.resolve("results.json")));
    }

    private static PageResult page(String path, String title) {
        return new PageResult(SITE + path, SITE + path, 200, "text/html", title, "nl", null, List.of(), null, 0, 0);
    }
}
