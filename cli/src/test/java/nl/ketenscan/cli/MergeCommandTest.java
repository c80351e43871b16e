package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenscan.crawler.store.ScanStore;
import nl.ketenscan.crawler.store.ScanStore.FrontierEntry;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.StopReason;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.criteria.Standard;
import nl.ketenscan.rules.statement.RegisterEntry;
import nl.ketenscan.rules.statement.StatementStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ketenscan merge}: partners' scan folders combined into one chain report. */
class MergeCommandTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String err) {
    }

    private static Run ketenscan(String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Ketenscan.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        return new Run(commandLine.execute(args), err.toString());
    }

    /** A finished scan of one organisation with one page per path, the first with a missing alt text. */
    private Path scanFolder(String folder, String name, Role role, String origin, Instant startedAt, boolean complete,
                            String... paths) {
        Path out = dir.resolve(folder);
        try (ScanStore store = ScanStore.open(out)) {
            store.begin(folder, startedAt, "0.1.0", "4.11.1", List.of(Organisation.of(name, role, List.of(origin + "/"))));
            for (int i = 0; i < paths.length; i++) {
                List<Finding> findings = i > 0 ? List.of() : List.of(new Finding("image-alt", Engine.AXE, Outcome.FAILED,
                        List.of("1.1.1"), Impact.CRITICAL, "img", "<img src=\"logo.png\">", "Images must have alternate text",
                        null));
                store.complete(new FrontierEntry(0, origin + paths[i], 0), new PageResult(origin + paths[i],
                        origin + paths[i], 200, "text/html", "Pagina " + i, "nl", null, findings, null, 10, 10, Set.of(),
                        PageFacts.NONE), List.of());
            }
            store.note(0, Message.of("note.seed-forbidden", origin + "/intern/"));
            store.recordRegister(0, new RegisterEntry("https://www.toegankelijkheidsverklaring.nl/register/" + name.length(),
                    StatementStatus.B, null, List.of(), null));
            store.finish(startedAt.plusSeconds(60), complete ? Map.of() : Map.of(0, StopReason.INTERRUPTED));
        }
        return out;
    }

    @Test
    void twoScanFoldersBecomeOneChainReport() throws Exception {
        Path gemeente = scanFolder("scan-gemeente", "Gemeente Lindeveen", Role.GEMEENTE, "https://www.lindeveen.nl",
                Instant.parse("2026-11-02T08:00:00Z"), true, "/", "/afval/");
        Path bibliotheek = scanFolder("scan-bieb", "Bibliotheek Lindeveen", Role.KETENPARTNER,
                "https://www.bibliotheeklindeveen.nl", Instant.parse("2026-11-01T08:00:00Z"), false, "/");
        Path chain = dir.resolve("keten");

        Run run = ketenscan("merge", gemeente.toString(), bibliotheek.toString(), "--out", chain.toString());

        assertEquals(ExitCode.FINISHED, run.exitCode(), run.err());
        ScanResults merged;
        try (ScanStore store = ScanStore.open(chain)) {
            merged = store.results();
        }
        assertEquals(List.of("Gemeente Lindeveen", "Bibliotheek Lindeveen"),
                merged.organisations().stream().map(o -> o.organisation().name()).toList());
        assertEquals(Role.KETENPARTNER, merged.organisations().get(1).organisation().role());
        OrganisationResults first = merged.organisations().get(0);
        assertEquals(List.of("https://www.lindeveen.nl/", "https://www.lindeveen.nl/afval/"),
                first.pages().stream().map(PageResult::url).toList());
        assertEquals("image-alt", first.pages().get(0).findings().get(0).rule());
        assertEquals(List.of("1.1.1"), first.pages().get(0).findings().get(0).criteria());
        assertEquals(Instant.parse("2026-11-01T08:00:00Z"), merged.startedAt(), "the earliest start");
        assertEquals(Instant.parse("2026-11-02T08:01:00Z"), merged.finishedAt(), "the latest finish");
        assertFalse(merged.complete(), "one source was incomplete");
        assertTrue(merged.notes().stream().anyMatch(n -> n.organisation() == null
                && n.message().key().equals("note.merged-incomplete") && n.message().args().get(0).equals(bibliotheek.toString())),
                merged.notes().toString());
        assertTrue(merged.notes().stream().anyMatch(n -> "Bibliotheek Lindeveen".equals(n.organisation())
                && n.message().key().equals("note.seed-forbidden")), "the sources' notes come along with their organisation");
        assertEquals(StatementStatus.B, merged.organisations().get(1).register().status(), "the register entry comes along");
        assertTrue(Files.readString(chain.resolve("index.html")).contains("Bibliotheek Lindeveen"));
        assertTrue(Files.exists(chain.resolve("results.json")));
    }

    @Test
    void scansAgainstTwoStandardsAreRefusedAndOneStandardIsKept() {
        Path gemeente = scanFolder("scan-gemeente", "Gemeente Lindeveen", Role.GEMEENTE, "https://www.lindeveen.nl",
                Instant.parse("2026-11-01T08:00:00Z"), true, "/");
        Path bibliotheek = scanFolder("scan-bieb", "Bibliotheek Lindeveen", Role.KETENPARTNER,
                "https://www.bibliotheeklindeveen.nl", Instant.parse("2026-11-02T08:00:00Z"), true, "/");
        checkedAgainst(bibliotheek, Standard.WCAG22);

        Run mixed = ketenscan("merge", gemeente.toString(), bibliotheek.toString(), "--out", dir.resolve("gemengd").toString());

        assertEquals(ExitCode.USAGE, mixed.exitCode());
        assertTrue(mixed.err().contains("different standards"), mixed.err());

        checkedAgainst(gemeente, Standard.WCAG22);
        Path chain = dir.resolve("keten");
        assertEquals(ExitCode.FINISHED, ketenscan("merge", gemeente.toString(), bibliotheek.toString(), "--out",
                chain.toString()).exitCode());
        try (ScanStore store = ScanStore.open(chain)) {
            assertEquals(Standard.WCAG22, Standard.stored(store.settings()), "a later report judges 55 criteria too");
        }
    }

    private static void checkedAgainst(Path folder, Standard standard) {
        try (ScanStore store = ScanStore.open(folder)) {
            store.recordSettings(Map.of(Standard.SETTING, standard.id()));
        }
    }

    @Test
    void theSameOrganisationTwiceIsRefused() {
        Path first = scanFolder("scan-1", "Gemeente Lindeveen", Role.GEMEENTE, "https://www.lindeveen.nl",
                Instant.parse("2026-11-01T08:00:00Z"), true, "/");
        Path second = scanFolder("scan-2", "gemeente lindeveen", Role.GEMEENTE, "https://nieuw.lindeveen.nl",
                Instant.parse("2026-11-02T08:00:00Z"), true, "/");
        Path chain = dir.resolve("keten");

        Run run = ketenscan("merge", first.toString(), second.toString(), "--out", chain.toString());

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("'gemeente lindeveen' is in both " + first + " and " + second), run.err());
        assertFalse(Files.exists(chain.resolve("scan.db")), "nothing written");
    }

    @Test
    void theSameSiteUnderTwoNamesIsRefused() {
        Path first = scanFolder("scan-1", "Gemeente Lindeveen", Role.GEMEENTE, "https://www.lindeveen.nl",
                Instant.parse("2026-11-01T08:00:00Z"), true, "/");
        Path second = scanFolder("scan-2", "Lindeveen", Role.KETENPARTNER, "https://www.lindeveen.nl",
                Instant.parse("2026-11-02T08:00:00Z"), true, "/");

        Run run = ketenscan("merge", first.toString(), second.toString(), "--out", dir.resolve("keten").toString());

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("www.lindeveen.nl was scanned as 'Gemeente Lindeveen'"), run.err());
    }

    @Test
    void aFolderWithoutAScanIsRefused() {
        Path gemeente = scanFolder("scan-gemeente", "Gemeente Lindeveen", Role.GEMEENTE, "https://www.lindeveen.nl",
                Instant.parse("2026-11-01T08:00:00Z"), true, "/");

        Run run = ketenscan("merge", gemeente.toString(), dir.resolve("leeg").toString(), "--out", dir.resolve("keten").toString());

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("there is no scan.db in " + dir.resolve("leeg")), run.err());
    }
}
