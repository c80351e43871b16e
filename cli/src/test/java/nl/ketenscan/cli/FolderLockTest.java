package nl.ketenscan.cli;

import static nl.ketenscan.cli.StoredScans.GEMEENTE;
import static nl.ketenscan.cli.StoredScans.LOGO;
import static nl.ketenscan.cli.StoredScans.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import nl.ketenscan.cli.StoredScans.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per scan folder, across processes; the lock of a killed process is no lock. */
class FolderLockTest {

    private static final Instant JANUARY = Instant.parse("2026-01-05T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aSecondProcessWritingIntoTheFolderIsRefusedNamingTheFirstAndGoesAheadOnceItWasKilled() throws Exception {
        Path scan = StoredScans.write(dir.resolve("scan"), "scan-1", JANUARY, GEMEENTE, page("", LOGO));
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldFolderLock.class.getName(), scan.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader answer = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", answer.readLine());

            Run second = StoredScans.run("report", "--from", scan.toString());
            Run resume = StoredScans.run("scan", "--resume", "--out", scan.toString(), "--no-browser");

            assertEquals(ExitCode.USAGE, second.exitCode(), second.err());
            assertTrue(second.err().contains("a scan is running in this folder (" + scan + "), pid " + holder.pid()),
                    second.err());
            assertEquals(ExitCode.USAGE, resume.exitCode(), resume.err());
            assertTrue(resume.err().contains("pid " + holder.pid()), resume.err());
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(Long.toString(holder.pid()), Files.readString(scan.resolve(FolderLock.FILE_NAME)),
                "the killed holder's pid is still in the file");

        Run afterKill = StoredScans.run("report", "--from", scan.toString());

        assertEquals(0, afterKill.exitCode(), "a stale lock is no lock: " + afterKill.err());
    }

    @Test
    void twoCommandsInOneProcessAreTwoWritersToo() {
        Path scan = StoredScans.write(dir.resolve("scan"), "scan-1", JANUARY, GEMEENTE, page("", LOGO));
        try (OutputFolder first = OutputFolder.claim(scan)) {
            Run second = StoredScans.run("report", "--from", scan.toString());

            assertEquals(ExitCode.USAGE, second.exitCode(), second.err());
            assertTrue(second.err().contains("pid " + ProcessHandle.current().pid()), second.err());
        }
        assertEquals(0, StoredScans.run("report", "--from", scan.toString()).exitCode(), "released when closed");
    }

    /** A process that holds the lock of the folder in its first argument until it is killed. */
    static final class HoldFolderLock {

        public static void main(String[] args) throws Exception {
            try (FolderLock lock = FolderLock.take(Path.of(args[0]))) {
                System.out.println("locked");
                System.out.flush();
                Thread.sleep(TimeUnit.MINUTES.toMillis(10));
            }
        }
    }
}
