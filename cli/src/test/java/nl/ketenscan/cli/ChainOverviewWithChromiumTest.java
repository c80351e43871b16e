package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import nl.ketenscan.cli.StoredScans.Run;
import nl.ketenscan.report.ReportFormats;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.baseline.BaselineMatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The overview of a chain of thirty organisations, as a province scanning its municipalities gets it:
 * sorted and filtered in real Chromium by the report's own script (buttons in the headers with
 * {@code aria-sort}, a labelled filter, the outcome in a live region), and passing every check
 * ketenscan runs on it, browser checks at 1280 and 320 px included.
 */
class ChainOverviewWithChromiumTest {

    private static final int ORGANISATIONS = 30;
    private static final int OCCURRENCES_COLUMN = 6;

    @TempDir
    static Path dir;

    private static FixtureSite report;
    private static ChromeDriverService service;
    private static ChromeDriver browser;

    @BeforeAll
    static void writeTheReportOfThirtyOrganisations() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("report"));
        new Reports(ReportFormats.chosen(List.of("html")), FormatOptions.DUTCH, BaselineMatch.NONE, null)
                .write(ChainAssessment.of(chain()), folder, System.err);
        report = FixtureSite.ofFolder(folder);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--window-size=1280,900");
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Organisation n has n failures on its one page (one template issue), so the counts run from 1 to 30. */
    private static ScanResults chain() {
        List<OrganisationResults> organisations = new ArrayList<>();
        for (int n = 1; n <= ORGANISATIONS; n++) {
            String site = "https://organisatie" + n + ".example/";
            List<Finding> findings = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                findings.add(new Finding("image-alt", Engine.AXE, Outcome.FAILED, List.of("1.1.1"), Impact.CRITICAL,
                        "img.foto-" + (char) ('a' + i / 26) + (char) ('a' + i % 26), "<img>", List.of(), null));
            }
            PageResult page = new PageResult(site, site, 200, "text/html", "Home", "nl", null, findings, null, 0, 0,
                    null, PageFacts.NONE);
            organisations.add(new OrganisationResults(Organisation.of("Organisatie " + n,
                    n == 1 ? Role.GEMEENTE : Role.KETENPARTNER, List.of(site)), List.of(page)));
        }
        return new ScanResults("0.1.0", "4.14.1", "provincie", Instant.EPOCH, Instant.EPOCH, true, organisations);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        report.close();
    }

    @Test
    void theHeadersSortTheRowsAndSayHow() {
        browser.get(report.url("index.html"));
        WebElement occurrences = header(OCCURRENCES_COLUMN);
        assertNull(occurrences.getAttribute("aria-sort"), "no order claimed before sorting");

        occurrences.findElement(By.tagName("button")).click();
        occurrences.findElement(By.tagName("button")).click();

        assertEquals("descending", occurrences.getAttribute("aria-sort"));
        List<Integer> counts = column(OCCURRENCES_COLUMN).stream().map(Integer::parseInt).toList();
        assertEquals(IntStream.rangeClosed(1, ORGANISATIONS).boxed().sorted(Comparator.reverseOrder()).toList(), counts,
                "sorted as numbers, not as text");
        assertEquals("Gesorteerd op Keer gevonden, aflopend", status());
        assertEquals(1, browser.findElements(By.cssSelector("table.overview th[aria-sort]")).size());
    }

    @Test
    void theLabelledFilterHidesOtherOrganisationsAndSaysHowManyAreShown() {
        browser.get(report.url("index.html"));
        WebElement input = browser.findElement(By.cssSelector(".table-filter input"));
        assertEquals("Zoek een organisatie op naam of rol",
                browser.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).getText());

        input.sendKeys("organisatie 1");

        assertEquals(11, browser.findElements(By.cssSelector("table.overview tbody tr:not([hidden])")).size(),
                "1 and 10 to 19");
        assertEquals("11 van 30 organisaties getoond", status());
        input.clear();
        input.sendKeys("gemeente");
        assertEquals(List.of("Organisatie 1"), browser.findElements(By.cssSelector("table.overview tbody tr:not([hidden]) th"))
                .stream().map(WebElement::getText).toList(), "the role is searched too");
    }

    @Test
    void theReportOfThirtyPassesEveryCheckKetenscanRuns() throws IOException {
        Run run = StoredScans.run("scan", "--gemeente", "Rapport=" + report.url("index.html"), "--max-depth", "0",
                "--out", dir.resolve("report-scan").toString(), "--browsers", "1", "--format", "json",
                "--browser-checks", "every-page", "--fail-on", "minor");

        JsonNode results = new ObjectMapper().readTree(dir.resolve("report-scan/results.json").toFile());
        assertEquals(0, run.exitCode(), run.lastLine() + "\n" + results.at("/organisations/0/pages/0/findings"));
        JsonNode page = results.at("/organisations/0/pages/0");
        assertTrue(page.get("error").isNull(), page.toString());
        assertTrue(page.at("/browserChecks/ran").toString().contains("tab-walk"), page.toString());
        assertTrue(page.at("/browserChecks/ran").toString().contains("reflow"), page.toString());
    }

    private static WebElement header(int column) {
        return browser.findElements(By.cssSelector("table.overview thead th")).get(column);
    }

    private static List<String> column(int column) {
        List<String> values = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("table.overview tbody tr"))) {
            values.add(row.findElements(By.cssSelector("th, td")).get(column).getText().replaceAll("^.*: ", ""));
        }
        return values;
    }

    private static String status() {
        return browser.findElement(By.cssSelector("p.table-status[role=status]")).getText();
    }
}
