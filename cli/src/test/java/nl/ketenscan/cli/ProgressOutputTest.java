package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressOutputTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void aTerminalGetsAStatusLineRedrawnInPlace() {
        try (ProgressDisplay progress = ProgressOutput.forStderr(err, true)) {
            progress.pageDone("Gemeente Helmond", "https://www.helmond.nl/", false, 1, 40);
        }

        String output = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(output.startsWith("\r"), output);
        assertTrue(output.endsWith("| Gemeente Helmond 1/40" + System.lineSeparator()), output);
    }

    @Test
    void aLogGetsPlainLines() {
        try (ProgressDisplay progress = ProgressOutput.forStderr(err, false)) {
            progress.pageDone("Gemeente Helmond", "https://www.helmond.nl/", false, 1, 40);
        }

        assertEquals("[Gemeente Helmond] 1/40 https://www.helmond.nl/" + System.lineSeparator(),
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theWidthComesFromColumnsOrIs100() {
        assertEquals(132, ProgressOutput.terminalWidth("132"));
        assertEquals(100, ProgressOutput.terminalWidth(null));
        assertEquals(100, ProgressOutput.terminalWidth("wide"));
        assertEquals(100, ProgressOutput.terminalWidth("0"));
    }
}
