package nl.ketenscan.cli;

import static nl.ketenscan.cli.StoredScans.GEMEENTE;
import static nl.ketenscan.cli.StoredScans.LOGO;
import static nl.ketenscan.cli.StoredScans.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.ketenscan.cli.StoredScans.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan folder is never someone else's folder: ketenscan writes into a new or empty folder or one of its
 * own scans, replaces only what it wrote, never the store, never through a link; a store it cannot use is
 * one sentence and exit code 2.
 */
class OutputFolderTest {

    private static final Instant JANUARY = Instant.parse("2026-01-05T08:00:00Z");
    private static final Instant FEBRUARY = Instant.parse("2026-02-05T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aFolderOfTheUsersIsNotWrittenInto() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("mijn-site"));
        Files.writeString(mine.resolve("index.html"), "mijn eigen pagina");

        Run run = StoredScans.run("scan", "http://127.0.0.1:9/", "--no-browser", "--out", mine.toString());

        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains(mine + " holds files of its own (index.html) and no ketenscan scan"), run.err());
        assertEquals("mijn eigen pagina", Files.readString(mine.resolve("index.html")));
        assertFalse(Files.exists(mine.resolve("scan.db")));
    }

    @Test
    void mergeDoesNotWriteIntoAFolderOfTheUsers() throws Exception {
        Path scan = StoredScans.write(dir.resolve("scan"), "scan-1", JANUARY, GEMEENTE, page("", LOGO));
        Path mine = Files.createDirectories(dir.resolve("mijn"));
        Files.writeString(mine.resolve("style.css"), "body { color: red }");

        Run run = StoredScans.run("merge", scan.toString(), "--out", mine.toString());

        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("holds files of its own (style.css)"), run.err());
        assertEquals("body { color: red }", Files.readString(mine.resolve("style.css")));
    }

    @Test
    void aReportIsWrittenAgainOverItsOwnFilesButNotOverAFileTheUserPutThere() throws Exception {
        Path scan = StoredScans.write(dir.resolve("scan"), "scan-1", JANUARY, GEMEENTE, page("", LOGO));
        assertEquals(0, StoredScans.run("report", "--from", scan.toString()).exitCode());
        assertEquals(0, StoredScans.run("report", "--from", scan.toString()).exitCode(), "its own files are replaced");
        Files.writeString(scan.resolve("issues.csv"), "mijn lijst");

        Run run = StoredScans.run("report", "--from", scan.toString(), "--format", "json,csv");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("will not overwrite " + scan.resolve("issues.csv") + ", which ketenscan did not write"),
                run.err());
        assertEquals("mijn lijst", Files.readString(scan.resolve("issues.csv")));
    }

    @Test
    void aNewScanInPlaceOfThePreviousOneMayReplaceWhatThePreviousRunsWrote() throws Exception {
        Path scan = StoredScans.write(dir.resolve("scan"), "scan-1", JANUARY, GEMEENTE, page("", LOGO));
        assertEquals(0, StoredScans.run("report", "--from", scan.toString()).exitCode());

        try (OutputFolder folder = OutputFolder.claim(scan)) {
            folder.forgetScan();
            folder.store().begin("scan-2", FEBRUARY, "dev", "4.11.1", List.of(GEMEENTE));
            folder.publish(staging -> {
                try {
                    Files.writeString(staging.resolve("index.html"), "opnieuw");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        assertEquals("opnieuw", Files.readString(scan.resolve("index.html")));
    }

    @Test
    void aStoreOfAnEarlierKetenscanThatKeptNoListMayReplaceItsFolder() throws Exception {
        Path scan = StoredScans.write(dir.resolve("scan"), "scan-1", JANUARY, GEMEENTE, page("", LOGO));
        Files.writeString(scan.resolve("results.json"), "{}");
        try (Connection store = DriverManager.getConnection("jdbc:sqlite:" + scan.resolve("scan.db"));
             Statement statement = store.createStatement()) {
            statement.executeUpdate("DELETE FROM meta WHERE key = 'files_written'");
        }

        Run run = StoredScans.run("report", "--from", scan.toString(), "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(scan.resolve("results.json")).contains("scan-1"));
    }

    @Test
    void aLinkInTheFolderIsNotFollowedOutOfIt() throws Exception {
        Path scan = StoredScans.write(dir.resolve("scan"), "scan-1", JANUARY, GEMEENTE, page("", LOGO));
        Path outside = Files.writeString(dir.resolve("elders.json"), "niet van ketenscan");
        Files.createSymbolicLink(scan.resolve("results.json"), outside);

        Run run = StoredScans.run("report", "--from", scan.toString(), "--format", "json");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains(scan.resolve("results.json") + " is a symbolic link"), run.err());
        assertEquals("niet van ketenscan", Files.readString(outside));
    }

    @Test
    void diffDoesNotWriteItsPageOverTheScanStore() throws Exception {
        Path older = StoredScans.write(dir.resolve("jan"), "scan-1", JANUARY, GEMEENTE, page("", LOGO));
        Path newer = StoredScans.write(dir.resolve("feb"), "scan-2", FEBRUARY, GEMEENTE, page("", LOGO));
        byte[] store = Files.readAllBytes(newer.resolve("scan.db"));

        Run run = StoredScans.run("diff", older.toString(), newer.toString(), "--html", newer.resolve("scan.db").toString());

        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("it is the folder's scan store"), run.err());
        assertTrue(Arrays.equals(store, Files.readAllBytes(newer.resolve("scan.db"))));
        assertEquals(0, StoredScans.run("report", "--from", newer.toString()).exitCode(), "the store still reads");
    }

    @Test
    void diffWritesAFileOutsideAScanFolderOnlyWhenItIsNew() throws Exception {
        Path older = StoredScans.write(dir.resolve("jan"), "scan-1", JANUARY, GEMEENTE, page("", LOGO));
        Path newer = StoredScans.write(dir.resolve("feb"), "scan-2", FEBRUARY, GEMEENTE, page("", LOGO));
        Path notes = Files.writeString(dir.resolve("notities.html"), "mijn notities");

        Run run = StoredScans.run("diff", older.toString(), newer.toString(), "--html", notes.toString());
        Run again = StoredScans.run("diff", older.toString(), newer.toString());
        Run twice = StoredScans.run("diff", older.toString(), newer.toString());

        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertEquals("mijn notities", Files.readString(notes));
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(0, twice.exitCode(), "its own page in the scan folder is replaced: " + twice.err());
    }

    @Test
    void outNamingAFileIsOneSentenceAndExitCodeTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("rapport.txt"), "tekst");

        Run run = StoredScans.run("scan", "http://127.0.0.1:9/", "--no-browser", "--out", file.toString());

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("ketenscan: " + file + " is a file, not a folder: give a new or empty folder, or the folder of an"
                + " earlier scan", run.err().strip());
    }

    @Test
    void aScanDbThatIsNoDatabaseIsOneSentenceAndExitCodeTwo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("scan"));
        Files.writeString(folder.resolve("scan.db"), "geen database ".repeat(300));

        for (Run run : new Run[] {StoredScans.run("report", "--from", folder.toString()),
                StoredScans.run("diff", folder.toString(), folder.toString()),
                StoredScans.run("scan", "--resume", "--out", folder.toString())}) {
            assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().contains(folder.resolve("scan.db").toAbsolutePath().toString()), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void aDamagedStoreIsOneSentenceAndExitCodeTwo() throws Exception {
        Path folder = StoredScans.write(dir.resolve("scan"), "scan-1", JANUARY, GEMEENTE,
                page("a", LOGO), page("b", LOGO), page("c", LOGO));
        try (RandomAccessFile file = new RandomAccessFile(folder.resolve("scan.db").toFile(), "rw")) {
            for (long at = 4096; at < file.length(); at += 4096) {
                file.seek(at);
                file.write("beschadigd".repeat(50).getBytes());
            }
        }

        Run run = StoredScans.run("report", "--from", folder.toString());

        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void anotherProgramsSqliteDatabaseIsNotTakenOver() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("andere"));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("scan.db"));
             Statement statement = other.createStatement()) {
            statement.executeUpdate("CREATE TABLE klant (naam TEXT)");
        }
        long size = Files.size(folder.resolve("scan.db"));

        Run run = StoredScans.run("scan", "http://127.0.0.1:9/", "--no-browser", "--out", folder.toString());

        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("an SQLite database of another program"), run.err());
        assertEquals(size, Files.size(folder.resolve("scan.db")));
    }
}
