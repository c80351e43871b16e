package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nl.ketenscan.cli.StoredScans.Run;
import nl.ketenscan.rules.Screenshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence a person can see, through a whole scan in Chromium: a finding of ketenscan's own page rules
 * (a generic link text) and an axe finding inside a frame of the page's origin (an image without alt text)
 * each get a screenshot, which results.json references and the organisation's report shows.
 */
class EvidenceScanWithChromiumTest {

    @TempDir
    static Path dir;

    private static FixtureSite site;
    private static JsonNode page;
    private static Document report;

    @BeforeAll
    static void scan() throws IOException {
        site = FixtureSite.ofResources("evidence/site");
        Run run = StoredScans.run("scan", "--gemeente", "Bewijsdorp=" + site.url("index.html"), "--max-depth", "0",
                "--browsers", "1", "--format", "html,json", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        page = new ObjectMapper().readTree(dir.resolve("results.json").toFile()).at("/organisations/0/pages/0");
        try (Stream<Path> files = Files.list(dir)) {
            Path organisation = files.filter(f -> f.getFileName().toString().startsWith("organisatie-")).findFirst()
                    .orElseThrow();
            report = Jsoup.parse(organisation.toFile());
        }
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void anOwnRuleFindingHasAScreenshotInResultsJsonAndTheReport() throws IOException {
        String file = screenshotOf("link-text-generic", "#meer");

        assertTrue(report.select("img.screenshot").eachAttr("src").contains(file), report.select("img.screenshot").toString());
        assertTrue(report.text().contains("ten hoogste " + Screenshot.MAX_PER_PAGE + " per pagina"), "the report names the page's cap");
    }

    @Test
    void aFindingInsideAFrameOfThePagesOriginHasAScreenshot() throws IOException {
        screenshotOf("image-alt", "#aanvraag >>> #kenteken");
    }

    /** The finding's screenshot as results.json names it: a PNG beside the scan. */
    private static String screenshotOf(String rule, String selector) throws IOException {
        List<JsonNode> findings = page.get("findings").findParents("rule").stream()
                .filter(f -> f.path("rule").asText().equals(rule) && f.path("selector").asText().equals(selector))
                .toList();
        assertEquals(1, findings.size(), page.get("findings").toString());
        String file = findings.get(0).path("screenshot").asText();
        assertTrue(file.startsWith("screenshots/"), findings.get(0).toString());
        assertTrue(ImageIO.read(dir.resolve(file).toFile()).getWidth() > 0, file);
        return file;
    }
}
