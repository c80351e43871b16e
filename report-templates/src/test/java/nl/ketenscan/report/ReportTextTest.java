package nl.ketenscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    @Test
    void dutchAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertEquals(bundle("nl").stringPropertyNames(), bundle("en").stringPropertyNames());
    }

    /** MessageFormat silently drops a single apostrophe and what follows it; every one must be doubled. */
    @Test
    void everyApostropheIsDoubled() throws IOException {
        for (String language : new String[] {"nl", "en"}) {
            Properties messages = bundle(language);
            for (String key : messages.stringPropertyNames()) {
                assertFalse(messages.getProperty(key).replace("''", "").contains("'"), language + ": " + key);
            }
        }
    }

    @Test
    void formatsArgumentsAndKeepsApostrophes() {
        ReportText text = new ReportText(ReportText.DUTCH);

        assertEquals("Pagina's waarop dit voorkomt (1.234):", text.get("issue.pages", 1234));
        assertEquals("Scannummer", text.get("scan.id"));
    }

    @Test
    void showsTimesInDutchTimeWhateverTheMachineZone() {
        ReportText text = new ReportText(Locale.ENGLISH);

        assertEquals("1 July 2025, 14:30 CEST", text.dateTime(Instant.parse("2025-07-01T12:30:00Z")));
        assertEquals("unknown", text.dateTime(null));
    }

    @Test
    void aMissingKeyNamesTheKeyAndTheBundle() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ReportText(ReportText.DUTCH).get("no.such.key"));

        assertTrue(e.getMessage().contains("no.such.key"));
        assertTrue(e.getMessage().contains("messages_nl.properties"));
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportTextTest.class.getResourceAsStream("messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
