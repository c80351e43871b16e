package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.ketenscan.cli.StoredScans.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The CI story on a real site: Gemeente Proefstad (gates/README.md) is scanned, a baseline is made,
 * the site changes (one defect fixed, one added, and ordinary edits that must not disturb the
 * fingerprints) and is scanned again with the baseline and a gate. The scan and baseline commands
 * are read from docs/ci.md and run as written there, with its URL and folders pointed at this test's,
 * plus {@code --history}. Two Chromium scans, one browser each; every test reads their folders.
 */
class CiGatesWithChromiumTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ORGANISATION = "Gemeente Proefstad";

    @TempDir
    static Path dir;

    private static FixtureSite site;
    private static Path v1;
    private static Path v2;
    private static Path baseline;
    private static Path history;
    private static Run firstScan;
    private static Run secondScan;
    private static String secondScanConsole;

    @BeforeAll
    static void scanTwiceWithABaselineBetween() {
        site = FixtureSite.ofResources("gates/site-v1");
        v1 = dir.resolve("v1");
        v2 = dir.resolve("v2");
        baseline = dir.resolve("repo/.ketenscan-baseline.yml");
        history = dir.resolve("history");
        DocumentedCommands docs = DocumentedCommands.ofCiDocs();
        firstScan = scan(docs.only(List.of("scan", "--gemeente"), "--baseline", false, replacements(v1)));
        assertEquals(0, firstScan.exitCode(), firstScan.err());
        Run create = StoredScans.run(withExpiry(docs.only(List.of("baseline", "create"), "--from", true, replacements(v1))));
        assertEquals(0, create.exitCode(), create.err());

        site.serveResources("gates/site-v2");
        ConsoleCapture console = new ConsoleCapture();
        try (console) {
            secondScan = scan(docs.only(List.of("scan", "--gemeente"), "--baseline", true, replacements(v2)));
        }
        secondScanConsole = console.text();
    }

    /** The documented URL and paths, pointed at the fixture site and this test's folders. */
    private static Map<String, String> replacements(Path out) {
        return Map.of("http://127.0.0.1:8080/", site.url(""), "Gemeente Proefstad=http://127.0.0.1:8080/",
                ORGANISATION + "=" + site.url(""), "ketenscan-report", out.toString(),
                ".ketenscan-baseline.yml", baseline.toString());
    }

    /** The documented command gives no expiry; one far ahead lets a test expire a single entry by hand. */
    private static String[] withExpiry(String[] command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--expires", "2099-12-31"));
        return args.toArray(String[]::new);
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    /** A documented scan, recorded in the history folder as the periodic runs of docs/ci.md do. */
    private static Run scan(String[] documented) {
        List<String> args = new ArrayList<>(List.of(documented));
        args.addAll(List.of("--history", history.toString()));
        return StoredScans.run(args.toArray(String[]::new));
    }

    @Test
    void theChangedSiteFailsOnlyOnTheAddedDefect() {
        assertEquals(1, secondScan.exitCode(), secondScan.out() + secondScan.err());
        assertEquals("ketenscan: gate failed: 1 issue at serious or worse (--fail-on serious): button-name"
                + " (2 accepted by the baseline)", secondScan.lastLine());
        assertTrue(secondScanConsole.contains(ORGANISATION) && secondScanConsole.contains("(1 new, 2 accepted by the baseline)"),
                secondScanConsole);
    }

    @Test
    void outputOffATerminalHasNoControlCodes() {
        assertFalse(secondScanConsole.contains("\r"), "no carriage returns");
        assertFalse(secondScanConsole.contains("\u001b"), "no escape sequences");
    }

    @Test
    void fingerprintsSurviveGeneratedIdsReorderedSiblingsAndTextEditedElsewhere() throws IOException {
        Map<String, String> before = issues(v1);
        Map<String, String> after = issues(v2);

        assertEquals(Set.of("image-alt", "label", "color-contrast"), Set.copyOf(before.values()), before.toString());
        assertEquals(Set.of("image-alt", "color-contrast", "button-name"), Set.copyOf(after.values()), after.toString());
        Set<String> kept = new TreeSet<>(before.keySet());
        kept.retainAll(after.keySet());
        assertEquals(Set.of("image-alt", "color-contrast"), Set.copyOf(kept.stream().map(after::get).toList()),
                "the same defects keep their fingerprints: " + before + " vs " + after);
    }

    @Test
    void anExpiredBaselineEntryFailsTheGateAgain() throws IOException {
        String text = Files.readString(baseline);
        int logo = text.indexOf("rule: image-alt");
        String entry = "expires: '2099-12-31'";
        int expires = text.indexOf(entry, logo);
        Path expired = Files.writeString(dir.resolve("expired.yml"), text.substring(0, expires)
                + "expires: " + LocalDate.now().minusDays(1) + text.substring(expires + entry.length()));

        Run run = StoredScans.run("report", "--from", v2.toString(), "--baseline", expired.toString(),
                "--fail-on", "serious", "--format", "json");

        assertEquals(1, run.exitCode());
        assertEquals("ketenscan: gate failed: 2 issues at serious or worse (--fail-on serious): image-alt, button-name"
                + " (1 accepted by the baseline; 1 with an expired baseline entry)", run.lastLine());
    }

    @Test
    void gatesWithoutABaselineSeeEveryIssue() {
        Run critical = StoredScans.run("report", "--from", v2.toString(), "--fail-on", "critical", "--format", "json");
        Run criteria = StoredScans.run("report", "--from", v1.toString(), "--fail-on-criteria", "1.4.3", "--format", "json");
        Run enough = StoredScans.run("report", "--from", v2.toString(), "--max-issues", "3", "--format", "json");

        assertEquals(1, critical.exitCode());
        assertTrue(critical.lastLine().startsWith("ketenscan: gate failed: 2 issues at critical or worse"), critical.lastLine());
        assertEquals(1, criteria.exitCode());
        assertEquals("ketenscan: gate failed: criteria 1.4.3 fail (--fail-on-criteria)", criteria.lastLine());
        assertEquals(0, enough.exitCode(), enough.lastLine());
    }

    @Test
    void diffNamesTheFixedTheNewAndThePersistentIssues() throws IOException {
        Run run = StoredScans.run("diff", v1.toString(), v2.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(ORGANISATION + ": 1 new, 1 fixed, 2 persistent\n"), run.out());
        assertTrue(run.out().contains("  new:\n    [critical] button-name"), run.out());
        assertTrue(run.out().contains("  fixed:\n    [critical] label"), run.out());
        Document page = Jsoup.parse(v2.resolve("diff.html").toFile(), "UTF-8");
        assertEquals(List.of("1", "1", "2", "0"), page.selectFirst("table.overview tbody tr").select("td").eachText());
    }

    @Test
    void sarifIsValidAndMarksWhatTheBaselineAccepts() throws IOException {
        JsonNode sarif = MAPPER.readTree(v2.resolve("results.sarif").toFile());

        assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(SchemaLocation.of("classpath:sarif/sarif-schema-2.1.0.json")).validate(sarif));
        Map<String, String> states = new HashMap<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            if (result.get("kind").asText().equals("fail")) {
                states.put(result.get("ruleId").asText(), result.get("baselineState").asText());
                assertTrue(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText().startsWith(site.url("")));
            }
        }
        assertEquals(Map.of("image-alt", "unchanged", "color-contrast", "unchanged", "button-name", "new"), states);
    }

    @Test
    void junitHasOneFailureForTheNewIssueAndSkipsTheAcceptedOnes() throws Exception {
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(v2.resolve("junit.xml").toFile());

        Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
        assertEquals(ORGANISATION, suite.getAttribute("name"));
        assertEquals("1", suite.getAttribute("failures"));
        Element failure = (Element) suite.getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").startsWith("critical: button-name"), failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains(site.url("nieuws.html")), failure.getTextContent());
    }

    @Test
    void csvHasOneRowPerIssueWithItsBaselineState() throws IOException {
        List<String> lines = Files.readString(v2.resolve("issues.csv"), StandardCharsets.UTF_8).lines().toList();
        JsonNode results = MAPPER.readTree(v2.resolve("results.json").toFile());

        assertTrue(lines.get(0).startsWith("\uFEFForganisation,role,baseline,outcome,impact,rule,"));
        assertEquals(results.at("/organisations/0/issues").size(), lines.stream().skip(1)
                .filter(l -> l.startsWith(ORGANISATION + ",")).count());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(ORGANISATION + ",gemeente,new,failed,critical,button-name,")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(ORGANISATION + ",gemeente,accepted,failed,critical,image-alt,")));
    }

    @Test
    void historyRecordsBothScansAndTheReportShowsTheTrend() throws IOException {
        try (Stream<Path> files = Files.list(history)) {
            assertEquals(2, files.count());
        }
        Document page = Jsoup.parse(v2.resolve("organisatie-gemeente-proefstad.html").toFile(), "UTF-8");
        assertEquals(3, page.select("#trend ~ figure svg[role=img]").size());
        assertEquals(2, page.select("table.trend-table tbody tr").size());
    }

    @Test
    void theReportWithItsTrendAndTheComparisonPassEveryCheck() throws IOException {
        StoredScans.run("diff", v1.toString(), v2.toString());
        try (FixtureSite report = FixtureSite.ofFolder(v2)) {
            Run run = StoredScans.run("scan", "--gemeente", "Rapport=" + report.url("index.html"),
                    "--partner", "Vergelijking=" + report.url("diff.html"), "--max-depth", "1",
                    "--out", dir.resolve("report-scan").toString(), "--browsers", "1", "--format", "json",
                    "--browser-checks", "every-page", "--fail-on", "minor");

            JsonNode results = MAPPER.readTree(dir.resolve("report-scan/results.json").toFile());
            assertEquals(0, run.exitCode(), run.lastLine() + "\n" + results);
            assertEquals(List.of(report.url("index.html"), report.url("organisatie-gemeente-proefstad.html")),
                    results.at("/organisations/0/pages").findValuesAsText("url"), "the report and the page with the trend");
            assertTrue(results.at("/organisations/0/pages").findValues("error").stream().allMatch(JsonNode::isNull));
            for (JsonNode organisation : results.get("organisations")) {
                for (JsonNode page : organisation.get("pages")) {
                    assertTrue(page.at("/browserChecks/ran").toString().contains("reflow"), page.toString());
                }
            }
        }
    }

    /** The findings' fingerprints of a scan folder, each with its rule. */
    private static Map<String, String> issues(Path folder) throws IOException {
        Map<String, String> issues = new HashMap<>();
        for (JsonNode issue : MAPPER.readTree(folder.resolve("results.json").toFile()).at("/organisations/0/issues")) {
            if (issue.get("impact").isTextual()) {
                issues.put(issue.get("fingerprint").asText(), issue.get("rule").asText());
            }
        }
        return issues;
    }
}
