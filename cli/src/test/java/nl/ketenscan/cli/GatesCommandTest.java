package nl.ketenscan.cli;

import static nl.ketenscan.cli.StoredScans.BUTTON;
import static nl.ketenscan.cli.StoredScans.CONTRAST;
import static nl.ketenscan.cli.StoredScans.GEMEENTE;
import static nl.ketenscan.cli.StoredScans.LABEL;
import static nl.ketenscan.cli.StoredScans.LOGO;
import static nl.ketenscan.cli.StoredScans.REGION;
import static nl.ketenscan.cli.StoredScans.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import nl.ketenscan.cli.StoredScans.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gates and the baseline through {@code report --from}, on scans stored without a browser. */
class GatesCommandTest {

    @TempDir
    Path dir;

    private Path before;
    private Path after;

    @BeforeEach
    void storeTwoScans() {
        before = StoredScans.write(dir.resolve("before"), "scan-1", Instant.parse("2026-01-05T08:00:00Z"), GEMEENTE,
                page("", LOGO, CONTRAST), page("afval", LOGO, LABEL, REGION));
        after = StoredScans.write(dir.resolve("after"), "scan-2", Instant.parse("2026-02-05T08:00:00Z"), GEMEENTE,
                page("", LOGO, CONTRAST, BUTTON), page("afval", LOGO, REGION));
    }

    @Test
    void withoutGatesEveryScanPasses() {
        Run run = StoredScans.run("report", "--from", after.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.lastLine().startsWith("Report: "), run.out());
    }

    @Test
    void failOnFailsAtThatImpactOrWorseAndSaysWhyInTheLastLine() {
        Run critical = StoredScans.run("report", "--from", after.toString(), "--fail-on", "critical");
        Run serious = StoredScans.run("report", "--from", after.toString(), "--fail-on", "SERIOUS", "--max-issues", "10");

        assertEquals(1, critical.exitCode());
        assertEquals("ketenscan: gate failed: 2 issues at critical or worse (--fail-on critical): image-alt, button-name",
                critical.lastLine());
        assertEquals(1, serious.exitCode());
        assertTrue(serious.lastLine().startsWith("ketenscan: gate failed: 3 issues at serious or worse"), serious.lastLine());
        assertFalse(serious.lastLine().contains("max-issues"), "only crossed thresholds: " + serious.lastLine());
    }

    @Test
    void maxIssuesAndCriteriaGateOnTheirOwn() {
        assertEquals(0, StoredScans.run("report", "--from", after.toString(), "--max-issues", "4").exitCode());
        Run over = StoredScans.run("report", "--from", after.toString(), "--max-issues", "3");
        assertEquals(1, over.exitCode());
        assertEquals("ketenscan: gate failed: 4 issues, more than --max-issues 3: image-alt, button-name,"
                + " color-contrast and 1 more rules", over.lastLine());

        Run criteria = StoredScans.run("report", "--from", after.toString(), "--fail-on-criteria", "2.4.4,4.1.2");
        assertEquals(1, criteria.exitCode());
        assertEquals("ketenscan: gate failed: criteria 4.1.2 fail (--fail-on-criteria)", criteria.lastLine());
        Run passing = StoredScans.run("report", "--from", after.toString(), "--fail-on-criteria", "2.4.4");
        assertEquals(0, passing.exitCode());
        assertEquals("ketenscan: gates passed: none of 2.4.4 fails (--fail-on-criteria)", passing.lastLine());
    }

    @Test
    void aBaselineGatesOnlyWhatIsNewAndWithoutThresholdsFailsOnAnythingNew() throws IOException {
        Path baseline = dir.resolve("repo/.ketenscan-baseline.yml");
        Run create = StoredScans.run("baseline", "create", "--from", before.toString(), "-o", baseline.toString(),
                "--reason", "known before CI", "--expires", "2099-12-31");
        assertEquals(0, create.exitCode(), create.err());
        assertEquals("Wrote 4 accepted issues to " + baseline, create.lastLine());

        Run gated = StoredScans.run("report", "--from", after.toString(), "--baseline", baseline.toString(),
                "--fail-on", "serious");
        assertEquals(1, gated.exitCode());
        assertEquals("ketenscan: gate failed: 1 issue at serious or worse (--fail-on serious): button-name"
                + " (3 accepted by the baseline)", gated.lastLine());

        Run implicit = StoredScans.run("report", "--from", after.toString(), "--baseline", baseline.toString());
        assertEquals(1, implicit.exitCode());
        assertTrue(implicit.lastLine().contains("1 issue, more than --max-issues 0: button-name"), implicit.lastLine());

        Run self = StoredScans.run("report", "--from", before.toString(), "--baseline", baseline.toString());
        assertEquals(0, self.exitCode());
        assertEquals("ketenscan: gates passed: 0 issues, within --max-issues 0 (4 accepted by the baseline)",
                self.lastLine());
    }

    @Test
    void anExpiredEntryGatesAgain() throws IOException {
        Path baseline = dir.resolve("baseline.yml");
        StoredScans.run("baseline", "create", "--from", before.toString(), "-o", baseline.toString(),
                "--expires", "2099-12-31");
        String yesterday = LocalDate.now().minusDays(1).toString();
        String text = Files.readString(baseline);
        int logo = text.indexOf("rule: image-alt");
        int expires = text.indexOf("expires: '2099-12-31'", logo);
        Files.writeString(baseline, text.substring(0, expires) + "expires: " + yesterday
                + text.substring(expires + "expires: '2099-12-31'".length()));

        Run run = StoredScans.run("report", "--from", after.toString(), "--baseline", baseline.toString(),
                "--fail-on", "critical");

        assertEquals(1, run.exitCode());
        assertEquals("ketenscan: gate failed: 2 issues at critical or worse (--fail-on critical): image-alt, button-name"
                + " (2 accepted by the baseline; 1 with an expired baseline entry)", run.lastLine());
    }

    @Test
    void recreatingTheBaselineKeepsReasonsAndDropsFixedIssues() throws IOException {
        Path baseline = dir.resolve("baseline.yml");
        StoredScans.run("baseline", "create", "--from", before.toString(), "-o", baseline.toString(),
                "--reason", "known before CI");

        Run again = StoredScans.run("baseline", "create", "--from", after.toString(), "-o", baseline.toString());

        assertEquals("Wrote 4 accepted issues to " + baseline
                + " (3 kept with their reason and expiry, 1 added, 1 no longer found and dropped)", again.lastLine());
        String text = Files.readString(baseline);
        assertEquals(3, text.split("reason: known before CI", -1).length - 1, text);
    }

    @Test
    void badInputIsAUsageErrorWithAClearMessageNeverAPass() throws IOException {
        Run missing = StoredScans.run("report", "--from", after.toString(), "--baseline", dir.resolve("gone.yml").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such baseline file; create one with"), missing.err());

        Path malformed = Files.writeString(dir.resolve("bad.yml"), "ketenscan-baseline: 1\nissues: [\n");
        Run broken = StoredScans.run("report", "--from", after.toString(), "--baseline", malformed.toString());
        assertEquals(2, broken.exitCode());
        assertTrue(broken.err().contains("not valid YAML"), broken.err());

        Path newer = Files.writeString(dir.resolve("newer.yml"), "ketenscan-baseline: 7\ntool-version: 3.0.0\n");
        Run layout = StoredScans.run("report", "--from", after.toString(), "--baseline", newer.toString());
        assertEquals(2, layout.exitCode());
        assertTrue(layout.err().contains("written by ketenscan 3.0.0"), layout.err());

        assertEquals(2, StoredScans.run("report", "--from", after.toString(), "--fail-on", "blocker").exitCode());
        assertEquals(2, StoredScans.run("report", "--from", after.toString(), "--fail-on-criteria", "1.1").exitCode());
        assertEquals(2, StoredScans.run("report", "--from", after.toString(), "--max-issues", "-1").exitCode());
        Run format = StoredScans.run("report", "--from", after.toString(), "--format", "html,docx");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().contains("--format docx is not an output ketenscan writes; choose from html, json, deviations,"
                + " wcag-em, sarif, junit, csv, pdf"),
                format.err());
        assertEquals(2, StoredScans.run("baseline", "create", "--from", dir.resolve("nothing").toString()).exitCode());
    }

    @Test
    void aBaselineFromAnotherVersionGivesANote() throws IOException {
        Path baseline = dir.resolve("old.yml");
        StoredScans.run("baseline", "create", "--from", before.toString(), "-o", baseline.toString());
        Files.writeString(baseline, Files.readString(baseline).replace("tool-version: dev", "tool-version: 0.0.9"));

        Run run = StoredScans.run("report", "--from", before.toString(), "--baseline", baseline.toString());

        assertEquals(0, run.exitCode());
        assertTrue(run.err().contains("note: " + baseline + " was written by ketenscan 0.0.9, this is dev"), run.err());
    }

    @Test
    void formatsWriteTheirFilesAndOnlyThose() {
        Run run = StoredScans.run("report", "--from", after.toString(), "--format", "sarif,junit,csv");

        assertEquals(0, run.exitCode(), run.err());
        for (String file : new String[] {"results.sarif", "junit.xml", "issues.csv"}) {
            assertTrue(Files.exists(after.resolve(file)), file);
        }
        assertFalse(Files.exists(after.resolve("index.html")));
        assertTrue(run.lastLine().startsWith("Results in "), run.out());
    }
}
