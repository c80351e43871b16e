package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.ketenscan.cli.StoredScans.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashRoutesOptionTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownModeIsAUsageErrorNamingTheModes() {
        Run run = StoredScans.run("scan", "http://127.0.0.1:9/", "--hash-routes", "soms", "--out",
                dir.resolve("out").toString());

        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("--hash-routes 'soms' is not auto, on or off"), run.err());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing started");
    }

    @Test
    void theHelpNamesTheModesAndTheDefault() {
        Run run = StoredScans.run("scan", "--help");

        assertTrue(run.out().contains("--hash-routes=MODE"), run.out());
        assertTrue(run.out().replaceAll("\\s+", " ").contains("(default auto)"), run.out());
    }
}
