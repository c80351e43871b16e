package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.ketenscan.cli.StoredScans.Run;
import nl.ketenscan.crawler.store.ScanStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resumed scan goes on with the limits, scope and mode it started with; options that say otherwise are refused. */
class ResumeSettingsTest {

    private static final int PAGES = 12;

    private final LoopbackSites sites = new LoopbackSites();
    private String origin;

    @TempDir
    Path dir;

    @BeforeEach
    void serveSite() throws Exception {
        origin = sites.start("127.0.0.1", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (!path.matches("/(p\\d+/)?")) {
                LoopbackSites.send(exchange, 404, "text/plain", "niet gevonden");
                return;
            }
            StringBuilder links = new StringBuilder();
            for (int i = 1; i < PAGES; i++) {
                links.append("<a href=\"/p").append(i).append("/\">Pagina ").append(i).append("</a> ");
            }
            LoopbackSites.send(exchange, 200, "text/html; charset=utf-8", "<!doctype html><html lang=\"nl\"><head>"
                    + "<title>Pagina</title></head><body><main><h1>Pagina</h1><p>" + links + "</p></main></body></html>");
        });
    }

    @AfterEach
    void stopSite() {
        sites.close();
    }

    @Test
    void aResumedScanKeepsTheLimitsItStartedWith() {
        Path out = dir.resolve("scan");
        assertEquals(0, StoredScans.run("scan", origin + "/", "--no-browser", "--max-pages", "3", "--out", out.toString())
                .exitCode());

        Run resumed = StoredScans.run("scan", "--resume", "--out", out.toString());

        assertEquals(0, resumed.exitCode(), resumed.err());
        assertEquals(3, pages(out), "--max-pages 3 holds after the resume, as does --no-browser");
    }

    @Test
    void optionsThatContradictTheScanBeingResumedAreAUsageError() throws Exception {
        Path out = dir.resolve("scan");
        assertEquals(0, StoredScans.run("scan", origin + "/", "--no-browser", "--max-pages", "3", "--max-depth", "1",
                "--out", out.toString()).exitCode());
        Path config = Files.writeString(dir.resolve("ketenscan.yml"), "organisations:\n  - name: Proef\n    role: gemeente\n"
                + "    seeds: [" + origin + "/]\nlimits:\n  maxPages: 40\n");

        Run morePages = StoredScans.run("scan", "--resume", "--out", out.toString(), "--max-pages", "5");
        Run sameAgain = StoredScans.run("scan", "--resume", "--out", out.toString(), "--max-pages", "3", "--no-browser");
        Run otherSite = StoredScans.run("scan", "http://127.0.0.1:9/", "--resume", "--out", out.toString());
        Run otherConfig = StoredScans.run("scan", "--config", config.toString(), "--resume", "--out", out.toString());

        assertEquals(ExitCode.USAGE, morePages.exitCode(), morePages.err());
        assertTrue(morePages.err().contains("the scan being resumed was started with --max-pages 3 (given now: 5)"),
                morePages.err());
        assertEquals(0, sameAgain.exitCode(), "options that repeat the start are no contradiction: " + sameAgain.err());
        assertEquals(ExitCode.USAGE, otherSite.exitCode(), otherSite.err());
        assertTrue(otherSite.err().contains("the organisations given differ"), otherSite.err());
        assertEquals(ExitCode.USAGE, otherConfig.exitCode(), otherConfig.err());
        assertEquals(3, pages(out));
    }

    @Test
    void aResumedScanKeepsItsHashRoutesModeAndRefusesAnother() {
        Path out = dir.resolve("scan");
        assertEquals(0, StoredScans.run("scan", origin + "/", "--no-browser", "--max-pages", "3", "--hash-routes", "off",
                "--out", out.toString()).exitCode());

        Run otherMode = StoredScans.run("scan", "--resume", "--out", out.toString(), "--hash-routes", "on");
        Run sameMode = StoredScans.run("scan", "--resume", "--out", out.toString(), "--hash-routes", "OFF");
        Run notGiven = StoredScans.run("scan", "--resume", "--out", out.toString());

        assertEquals(ExitCode.USAGE, otherMode.exitCode(), otherMode.err());
        assertTrue(otherMode.err().contains("started with --hash-routes off (given now: on)"), otherMode.err());
        assertEquals(0, sameMode.exitCode(), sameMode.err());
        assertEquals(0, notGiven.exitCode(), notGiven.err());
        try (ScanStore store = ScanStore.open(out)) {
            assertEquals("OFF", store.settings().get("--hash-routes"), "the mode is kept with the scan");
        }
    }

    private static int pages(Path out) {
        try (ScanStore store = ScanStore.open(out)) {
            return store.pagesDone(0);
        }
    }
}
