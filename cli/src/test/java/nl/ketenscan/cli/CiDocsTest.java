package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every ketenscan command in docs/ci.md is one the command line accepts. */
class CiDocsTest {

    private final DocumentedCommands docs = DocumentedCommands.ofCiDocs();

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
