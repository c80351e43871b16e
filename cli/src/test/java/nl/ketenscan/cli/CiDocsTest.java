package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.ketenscan.rules.baseline.Baseline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every ketenscan command in docs/ci.md is one the command line accepts, and its baseline example reads. */
class CiDocsTest {

    private final DocumentedCommands docs = DocumentedCommands.ofCiDocs();

    @TempDir
    Path dir;

    @Test
    void everyDocumentedCommandParses() {
        assertTrue(docs.all().size() >= 6, docs.all().toString());
        for (List<String> command : docs.all()) {
            CommandLine.ParseResult parsed = Ketenscan.commandLine().parseArgs(command.toArray(String[]::new));
            assertTrue(parsed.hasSubcommand(), command.toString());
        }
    }

    @Test
    void theGitHubAndGitLabExamplesRunTheSameScan() {
        List<List<String>> gated = docs.with(List.of("scan"), "--baseline", true);

        assertEquals(1, gated.size(), gated.toString());
        assertEquals(List.of("scan", "--gemeente", "Gemeente Proefstad=http://127.0.0.1:8080/", "--out", "ketenscan-report",
                "--browsers", "1", "--format", "html,json,sarif,junit,csv", "--baseline", ".ketenscan-baseline.yml",
                "--fail-on", "serious"), gated.get(0));
    }

    @Test
    void theBaselineExampleIsABaselineKetenscanReads() throws Exception {
        String markdown = new String(CiDocsTest.class.getResourceAsStream("/ci.md").readAllBytes(), StandardCharsets.UTF_8);
        int start = markdown.indexOf("```yaml\nketenscan-baseline: 1");
        String example = markdown.substring(start + "```yaml\n".length(), markdown.indexOf("```", start + 3));

        Baseline baseline = BaselineFile.read(Files.writeString(dir.resolve("example.yml"), example));

        assertEquals(1, baseline.entries().size());
        assertEquals(LocalDate.of(2027, 3, 31), baseline.entries().get(0).expires());
    }

    @Test
    void readsQuotedArgumentsAndYamlListItems() {
        DocumentedCommands parsed = DocumentedCommands.parse("""
                ```yaml
                  - ketenscan/ketenscan scan --gemeente "A B=http://x/" --out 'my dir'
                ```
                ketenscan scan outside a code block
                """);

        assertEquals(List.of(List.of("scan", "--gemeente", "A B=http://x/", "--out", "my dir")), parsed.all());
        assertFalse(parsed.all().isEmpty());
    }
}
