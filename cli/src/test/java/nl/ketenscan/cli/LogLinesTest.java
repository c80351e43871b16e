package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nl.ketenscan.rules.Message;
import org.junit.jupiter.api.Test;

class LogLinesTest {

    private static final String NL = System.lineSeparator();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final LogLines log = new LogLines(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    @Test
    void writesOnePlainLinePerPage() {
        log.pageDone("Gemeente Helmond", "https://www.helmond.nl/", false, 12, 40);
        log.pageDone("Bibliotheek", "https://www.bibliotheekhelmondpeel.nl/x", true, 3, 8);

        assertEquals("[Gemeente Helmond] 12/40 https://www.helmond.nl/" + NL
                + "[Bibliotheek] 3/8 https://www.bibliotheekhelmondpeel.nl/x (failed)" + NL, output());
    }

    @Test
    void writesNotesWithTheirOrganisationWhenTheyHaveOne() {
        log.note("Gemeente Helmond", Message.of("note.seed-forbidden", "https://www.helmond.nl/intern/"));
        log.note(null, Message.of("note.seed-forbidden", "https://www.helmond.nl/"));

        assertEquals("[Gemeente Helmond] robots.txt forbids the seed https://www.helmond.nl/intern/; it is not scanned." + NL
                + "robots.txt forbids the seed https://www.helmond.nl/; it is not scanned." + NL, output());
    }

    @Test
    void closingAddsNothing() {
        log.pageDone("Gemeente Helmond", "https://www.helmond.nl/", false, 1, 1);

        log.close();

        assertEquals("[Gemeente Helmond] 1/1 https://www.helmond.nl/" + NL, output());
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
