package nl.ketenscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TextCommandTest {

    private static final String BIJSTAND = "/demo/gemeente/bijstand/index.html";

    private static final String PLAIN = """
            Afval ophalen

            Wij halen uw restafval om de week op. U gebruikt daarvoor de grijze container die u van ons heeft \
            gekregen. Zet de container op de ophaaldag voor 7.30 uur aan de straat. Zet het handvat naar uw huis.

            Heeft u grote spullen, zoals een bank of een kast? Dat heet grofvuil. Wij halen grofvuil alleen op als \
            u een afspraak maakt. Bel ons of maak de afspraak op onze website. Wij vertellen u dan ook welke spullen \
            wij meenemen. U betaalt een klein bedrag voor het ophalen. Zet geen afval naast de container. Doet u het \
            toch? Dan kunt u een boete krijgen. Heeft u vragen? Bel het Klantcontactcentrum. Wij helpen u graag.
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final StringWriter err = new StringWriter();

    private int run(InputStream in, String... args) {
        CommandLine command = new CommandLine(new TextCommand(new PrintStream(out, true, StandardCharsets.UTF_8), in))
                .setExecutionExceptionHandler(new ErrorHandler());
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String demoBijstand() throws IOException {
        try (InputStream in = TextCommandTest.class.getResourceAsStream(BIJSTAND)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theDemoBijstandPageIsAboveB1WithSentencesToRewriteAndWhy() throws IOException {
        Path page = dir.resolve("bijstand.html");
        Files.writeString(page, demoBijstand());

        assertEquals(0, run(InputStream.nullInputStream(), page.toString()));

        String text = output();
        assertTrue(text.startsWith("Taalniveau: boven B1"), text);
        assertTrue(text.contains("Zinnen om te herschrijven:\n1. Teneinde in aanmerking te komen"), text);
        assertTrue(text.contains("   - teneinde → om"), text);
        assertTrue(text.contains("woorden (langer dan 20)"), text);
    }

    @Test
    void htmlOnStandardInputIsRecognisedByItsLeadingAngleBracketAndOnlyTheMainContentCounts() throws IOException {
        assertEquals(0, run(stream(demoBijstand()), "--json"));

        JsonNode json = new ObjectMapper().readTree(output());
        assertTrue(json.get("judged").asBoolean());
        assertEquals("above-B1", json.get("level").asText());
        assertTrue(json.get("words").asInt() < 450, "the menu and footer are not counted: " + json.get("words"));
        assertTrue(json.at("/rewrites/0/reasons").size() > 3);
    }

    @Test
    void aPlainTextInB1IsB1OrEasier() {
        assertEquals(0, run(stream(PLAIN), "-"));

        assertTrue(output().startsWith("Taalniveau: B1 of eenvoudiger"), output());
    }

    @Test
    void aShortTextIsReadButNotJudgedAndTheMinimumCanBeLowered() throws IOException {
        assertEquals(0, run(stream("Heeft u vragen? Bel ons."), "--json"));
        JsonNode json = new ObjectMapper().readTree(output());
        assertEquals(false, json.get("judged").asBoolean());
        assertEquals("too-short", json.get("reason").asText());
        assertTrue(json.get("message").asText().contains("minder dan 40"), json.toString());
        assertFalse(json.has("level"), json.toString());

        out.reset();
        assertEquals(0, run(stream("Heeft u vragen? Bel ons."), "--min-words", "3"));
        assertTrue(output().startsWith("Taalniveau:"), output());
    }

    @Test
    void thresholdsForLongSentencesCanBeChanged() throws IOException {
        Path page = dir.resolve("bijstand.htm");
        Files.writeString(page, demoBijstand());

        assertEquals(0, run(InputStream.nullInputStream(), "--long-sentence", "80", page.toString()));

        assertTrue(!output().contains("langer dan"), output());
    }

    @Test
    void aTextInAnotherLanguageIsNotJudgedWhateverItsLangSays() throws IOException {
        String english = "<html lang=\"nl\"><body><main><p>" + "This page is written in English for our visitors. ".repeat(8)
                + "</p></main></body></html>";

        assertEquals(0, run(stream(english)));
        assertTrue(output().contains("de tekst lijkt Engels"), output());

        out.reset();
        assertEquals(0, run(stream(english), "--json"));
        JsonNode json = new ObjectMapper().readTree(output());
        assertEquals(false, json.get("judged").asBoolean());
        assertEquals("other-language", json.get("reason").asText());
        assertEquals("en", json.get("language").asText());
        assertFalse(json.has("level"), json.toString());
    }

    @Test
    void aVerdictShowsItsUncertainty() throws IOException {
        assertEquals(0, run(stream(PLAIN), "--json"));

        JsonNode json = new ObjectMapper().readTree(output());
        assertTrue(json.at("/uncertainty/difficultyLow").asDouble() <= json.get("difficulty").asDouble(), json.toString());
        assertTrue(json.at("/uncertainty/levelCertain").isBoolean(), json.toString());
    }

    @Test
    void anUnreadableFileIsAUsageErrorThatSaysWhatToDo() throws IOException {
        assertEquals(2, run(InputStream.nullInputStream(), dir.resolve("bestaat-niet.txt").toString()));
        assertTrue(err.toString().contains("give a readable text or HTML file"), err.toString());

        Path latin1 = dir.resolve("oud.txt");
        Files.write(latin1, "Caf\u00e9 op ti\u00ebn uur".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(2, run(InputStream.nullInputStream(), latin1.toString()));
        assertTrue(err.toString().contains("is not UTF-8 text"), err.toString());
    }

    @Test
    void inputWithoutEndIsAUsageErrorAfterTheSizeLimitNotAnOutOfMemoryError() throws IOException {
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'a';
            }
        };

        assertEquals(2, run(endless));
        assertTrue(err.toString().contains("standard input is larger than 8 MB"), err.toString());
        assertEquals(TextCommand.MAX_BYTES + 1, read[0], "reading stops just past the limit");

        if (Files.isReadable(Path.of("/dev/zero"))) {
            assertEquals(2, run(InputStream.nullInputStream(), "/dev/zero"));
            assertTrue(err.toString().contains("/dev/zero is larger than 8 MB"), err.toString());
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
