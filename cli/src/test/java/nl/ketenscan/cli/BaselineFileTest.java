package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.baseline.Baseline;
import nl.ketenscan.rules.baseline.BaselineEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {

    private static final BaselineEntry LOGO = new BaselineEntry("3f2a9c0d1e2b4a5c", "Gemeente Lindeveen", "image-alt",
            List.of("1.1.1"), Impact.CRITICAL, "image-alt at header > img: Element has no alt: attribute, \"quoted\" # not a comment",
            "theme fix in sprint 12", LocalDate.of(2026, 6, 30));
    private static final BaselineEntry REGION = new BaselineEntry("0011223344556677", "Bibliotheek", "region",
            List.of(), null, "region at #cookie", "", null);

    @TempDir
    Path dir;

    @Test
    void writesWhatItReadsBack() throws Exception {
        Path file = dir.resolve("sub/.ketenscan-baseline.yml");

        BaselineFile.write(new Baseline("0.1.0", List.of(LOGO, REGION)), LocalDate.of(2026, 1, 12), file);
        Baseline read = BaselineFile.read(file);

        assertEquals(new Baseline("0.1.0", List.of(LOGO, REGION)), read);
        String text = Files.readString(file);
        assertTrue(text.startsWith("# ketenscan baseline"), text);
        assertTrue(text.contains("ketenscan-baseline: 1\n"), text);
        assertTrue(text.contains("  - fingerprint: 3f2a9c0d1e2b4a5c\n"), text);
    }

    @Test
    void readsAnEntryPeopleWroteByHand() throws Exception {
        Baseline read = BaselineFile.read(write("""
                ketenscan-baseline: 1
                tool-version: 0.1.0
                issues:
                  - fingerprint: 3f2a9c0d1e2b4a5c
                    reason: accepted until the new theme
                    expires: 2026-06-30
                  - fingerprint: 0011223344556677
                    expires:
                """));

        assertEquals(2, read.entries().size());
        assertEquals(LocalDate.of(2026, 6, 30), read.entries().get(0).expires());
        assertEquals("accepted until the new theme", read.entries().get(0).reason());
        assertNull(read.entries().get(1).expires());
        assertEquals("", read.entries().get(1).rule());
    }

    @Test
    void aMissingFileSaysHowToCreateOne() {
        ConfigException e = assertThrows(ConfigException.class, () -> BaselineFile.read(dir.resolve("nope.yml")));

        assertTrue(e.getMessage().contains("no such baseline file; create one with ketenscan baseline create"), e.getMessage());
    }

    @Test
    void brokenYamlIsReportedAtItsLine() throws IOException {
        ConfigException e = assertThrows(ConfigException.class, () -> BaselineFile.read(write("""
                ketenscan-baseline: 1
                issues:
                  - fingerprint: [unclosed
                """)));

        assertTrue(e.getMessage().matches(".*baseline\\.yml:\\d+:\\d+: not valid YAML.*"), e.getMessage());
    }

    @Test
    void anotherYamlFileIsNotTakenForABaseline() throws IOException {
        ConfigException e = assertThrows(ConfigException.class, () -> BaselineFile.read(write("""
                organisations:
                  - name: Gemeente
                """)));

        assertTrue(e.getMessage().contains("not a ketenscan baseline (it has no ketenscan-baseline: line)"), e.getMessage());
    }

    @Test
    void aBaselineOfAnotherLayoutNamesTheVersionThatWroteIt() throws IOException {
        ConfigException e = assertThrows(ConfigException.class, () -> BaselineFile.read(write("""
                ketenscan-baseline: 2
                tool-version: 0.9.0
                accepted: []
                """)));

        assertTrue(e.getMessage().contains("a baseline of layout 2 (written by ketenscan 0.9.0); this ketenscan reads layout 1"),
                e.getMessage());
        assertTrue(e.getMessage().contains("ketenscan baseline create"), e.getMessage());
    }

    @Test
    void badEntriesAreReportedAtTheirLine() throws IOException {
        assertMessage("""
                ketenscan-baseline: 1
                issues:
                  - fingerprint: 3f2a9c0d1e2b4a5c
                    expires: 30-06-2026
                """, ":4:14: '30-06-2026' is not a date; write expires: YYYY-MM-DD");
        assertMessage("""
                ketenscan-baseline: 1
                issues:
                  - rule: image-alt
                """, ":3:5: this entry has no fingerprint");
        assertMessage("""
                ketenscan-baseline: 1
                issues:
                  - fingerprint: 3f2a9c0d1e2b4a5c
                    impact: blocker
                """, "'blocker' is not an impact");
        assertMessage("""
                ketenscan-baseline: 1
                issues:
                  - fingerprint: 3f2a9c0d1e2b4a5c
                  - fingerprint: 3f2a9c0d1e2b4a5c
                """, ":4:5: fingerprint 3f2a9c0d1e2b4a5c is already listed on line 3");
        assertMessage("""
                ketenscan-baseline: 1
                issues:
                  - fingerprint: 3f2a9c0d1e2b4a5c
                    reasons: typo
                """, "unknown key 'reasons' in a baseline entry; did you mean reason?");
    }

    private void assertMessage(String yaml, String expected) throws IOException {
        ConfigException e = assertThrows(ConfigException.class, () -> BaselineFile.read(write(yaml)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("baseline.yml"), yaml);
    }
}
