package nl.ketenscan.cli;

import static nl.ketenscan.cli.StoredScans.BUTTON;
import static nl.ketenscan.cli.StoredScans.CONTRAST;
import static nl.ketenscan.cli.StoredScans.GEMEENTE;
import static nl.ketenscan.cli.StoredScans.LABEL;
import static nl.ketenscan.cli.StoredScans.LOGO;
import static nl.ketenscan.cli.StoredScans.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.ketenscan.cli.StoredScans.Run;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    private static final Instant JANUARY = Instant.parse("2026-01-05T08:00:00Z");
    private static final Instant FEBRUARY = Instant.parse("2026-02-05T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void printsNewFixedAndPersistentIssuesAndWritesThePage() {
        Path older = StoredScans.write(dir.resolve("jan"), "scan-1", JANUARY, GEMEENTE, page("", LOGO, CONTRAST, LABEL));
        Path newer = StoredScans.write(dir.resolve("feb"), "scan-2", FEBRUARY, GEMEENTE, page("", LOGO, CONTRAST, BUTTON));

        Run run = StoredScans.run("diff", older.toString(), newer.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Gemeente Proefstad: 1 new, 1 fixed, 2 persistent\n"), run.out());
        assertTrue(run.out().contains("  new:\n    [critical] button-name at #zoek"), run.out());
        assertTrue(run.out().contains("  fixed:\n    [critical] label at #postcode"), run.out());
        assertEquals("Comparison page: " + newer.resolve("diff.html").toAbsolutePath(), run.lastLine());
        assertTrue(Files.exists(newer.resolve("diff.html")));
        assertTrue(Files.exists(newer.resolve("style.css")));
    }

    @Test
    void scansOfDifferentOrganisationsAreAUsageErrorNamingBoth() {
        Path older = StoredScans.write(dir.resolve("a"), "scan-1", JANUARY, GEMEENTE, page("", LOGO));
        Organisation elders = Organisation.of("Gemeente Elders", Role.GEMEENTE, List.of("https://www.elders.nl/"));
        Path newer = StoredScans.write(dir.resolve("b"), "scan-2", FEBRUARY, elders, page("", LOGO));

        Run run = StoredScans.run("diff", older.toString(), newer.toString(), "--html", dir.resolve("d.html").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cannot be compared: the scans have no organisation in common"), run.err());
        assertTrue(run.err().contains("Gemeente Proefstad") && run.err().contains("Gemeente Elders"), run.err());
        assertTrue(Files.notExists(dir.resolve("d.html")));
    }

    @Test
    void notesWhenTheFoldersAreGivenLatestFirstOrHoldTheSameScan() {
        Path older = StoredScans.write(dir.resolve("jan"), "scan-1", JANUARY, GEMEENTE, page("", LOGO));
        Path newer = StoredScans.write(dir.resolve("feb"), "scan-2", FEBRUARY, GEMEENTE, page("", LOGO));

        Run reversed = StoredScans.run("diff", newer.toString(), older.toString());
        Run same = StoredScans.run("diff", older.toString(), older.toString());

        assertEquals(0, reversed.exitCode());
        assertTrue(reversed.err().contains("note: " + newer + " is the later scan"), reversed.err());
        assertTrue(same.err().contains("note: both folders hold the same scan (scan-1)"), same.err());
    }

    @Test
    void aFolderWithoutAScanIsAUsageError() {
        Path older = StoredScans.write(dir.resolve("jan"), "scan-1", JANUARY, GEMEENTE, page("", LOGO));

        Run run = StoredScans.run("diff", older.toString(), dir.resolve("empty").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("there is no scan.db in"), run.err());
    }
}
