package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.ketenscan.cli.StoredScans.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowsersOptionTest {

    @TempDir
    Path dir;

    @Test
    void moreBrowsersThanTheMachineHoldsIsAUsageErrorSayingHowManyItHolds() {
        Run run = StoredScans.run("scan", "http://127.0.0.1:9/", "--browsers", "100000", "--out", dir.resolve("out").toString());

        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("--browsers 100000 is more than this machine holds: at most "), run.err());
        assertTrue(run.err().contains("processor cores and"), run.err());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing started");
    }
}
