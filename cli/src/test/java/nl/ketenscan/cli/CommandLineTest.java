package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line as a user and a CI pipeline meet it: exit codes and messages. No browser starts
 * in any of these; each command stops before it would need one.
 */
class CommandLineTest {

    @TempDir
    Path dir;

    /** What one run of {@code ketenscan} printed and returned. */
    private record Run(int exitCode, String out, String err) {
    }

    private static Run ketenscan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Ketenscan.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static void assertContains(String text, String... expected) {
        for (String part : expected) {
            assertTrue(text.contains(part), "expected '" + part + "' in:\n" + text);
        }
    }

    @Test
    void helpShowsTheCommandsAndTheExitCodes() {
        Run run = ketenscan("--help");

        assertEquals(0, run.exitCode());
        assertContains(run.out(), "Usage: ketenscan", "scan", "demo", "report", "Exit codes:", "Start with: ketenscan demo");
        assertEquals("", run.err());
    }

    @Test
    void helpOfScanShowsItsOptions() {
        Run run = ketenscan("scan", "--help");

        assertEquals(0, run.exitCode());
        assertContains(run.out(), "Usage: ketenscan scan", "--config", "--resume", "--max-pages", "--browsers", "--grid");
        assertContains(run.out().replaceAll("\\s+", " "), "any of html, json, deviations, wcag-em, sarif, junit, csv,",
                "(default html,json,deviations,wcag-em)");
    }

    @Test
    void versionNamesTheTool() {
        Run run = ketenscan("--version");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("ketenscan "), run.out());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = ketenscan("scan", "--max-paginas", "3", "https://www.example.nl/");

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertContains(run.err(), "Unknown option: '--max-paginas'", "Possible solutions: --max-pages");
    }

    @Test
    void scanWithNothingToScanSaysWhatToGive() {
        Run run = ketenscan("scan", "--out", dir.toString());

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertContains(run.err(), "nothing to scan: give a URL, --gemeente/--partner, or --config FILE");
    }

    @Test
    void aMalformedConfigFileIsAUsageErrorPointingAtTheLine() throws IOException {
        Path config = dir.resolve("ketenscan.yml");
        Files.writeString(config, "organisations:\n  - name: Gemeente Helmond\n\trole: gemeente\n");

        Run run = ketenscan("scan", "--config", config.toString(), "--out", dir.resolve("out").toString());

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertContains(run.err(), config + ":3:", "not valid YAML");
    }

    @Test
    void aConfigFileTogetherWithAUrlIsAUsageError() throws IOException {
        Path config = dir.resolve("ketenscan.yml");
        Files.writeString(config, "organisations:\n  - name: Gemeente Helmond\n    role: gemeente\n"
                + "    seeds: [https://www.helmond.nl/]\n");

        Run run = ketenscan("scan", "--config", config.toString(), "https://www.example.nl/");

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertContains(run.err(), "either with --config or on the command line, not both");
    }

    @Test
    void resumingAFolderWithoutAScanIsAUsageErrorAndLeavesTheFolderAlone() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("leeg"));

        Run run = ketenscan("scan", "--resume", "--out", empty.toString());

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertContains(run.err(), "there is no scan to resume in " + empty, "start one without --resume");
        try (Stream<Path> files = Files.list(empty)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void reportFromAFolderWithoutAScanIsAUsageError() {
        Run run = ketenscan("report", "--from", dir.toString());

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertContains(run.err(), "there is no scan.db in " + dir);
    }

    @Test
    void aSeedThatDoesNotAnswerMeansTheScanCannotRun() throws IOException {
        String seed = "http://127.0.0.1:" + closedPort() + "/";

        Run run = ketenscan("scan", seed, "--out", dir.resolve("out").toString(), "--timeout", "5s");

        assertEquals(ExitCode.CANNOT_RUN, run.exitCode());
        assertContains(run.err(), "no seed URL answered", seed, "could not connect");
    }

    @Test
    void aMissingBrowserMeansTheScanCannotRun() throws IOException {
        try (LoopbackSites sites = new LoopbackSites()) {
            String site = homePage(sites);
            Run run = ketenscan("scan", site + "/",
                    "--out", dir.resolve("out").toString(),
                    "--chrome", "/nonexistent/chromium", "--chromedriver", "/nonexistent/chromedriver");

            assertEquals(ExitCode.CANNOT_RUN, run.exitCode());
            assertContains(run.err(), "/nonexistent/chromium", "apt-get install -y chromium chromium-driver");
        }
    }

    @Test
    void aGridAddressThatIsNotAnHttpUrlIsAUsageError() {
        Run run = ketenscan("scan", "https://www.helmond.nl/", "--out", dir.resolve("out").toString(),
                "--grid", "grid:4444");

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertContains(run.err(), "--grid 'grid:4444'", "http://grid:4444");
        assertTrue(Files.notExists(dir.resolve("out")), "nothing is scanned");
    }

    @Test
    void aGridTogetherWithALocalChromiumIsAUsageError() {
        Run run = ketenscan("scan", "https://www.helmond.nl/", "--out", dir.resolve("out").toString(),
                "--grid", "http://127.0.0.1:4444", "--chrome", "/usr/bin/chromium");

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertContains(run.err(), "--grid", "--chrome");
    }

    @Test
    void aGridThatDoesNotAnswerMeansTheScanCannotRunAndNeedsNoLocalChromium() throws IOException {
        try (LoopbackSites sites = new LoopbackSites()) {
            String site = homePage(sites);
            String grid = "http://127.0.0.1:" + closedPort();
            Run run = ketenscan("scan", site + "/",
                    "--out", dir.resolve("out").toString(), "--grid", grid);

            assertEquals(ExitCode.CANNOT_RUN, run.exitCode());
            assertContains(run.err(), "Selenium Grid at " + grid, "Check that the Grid runs");
        }
    }

    /** A site of one page on 127.0.0.1, enough for the seed check to pass; its origin. */
    private static String homePage(LoopbackSites sites) throws IOException {
        return sites.start("127.0.0.1", exchange -> LoopbackSites.send(exchange, 200, "text/html; charset=utf-8",
                "<!doctype html><title>Home</title>"));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
