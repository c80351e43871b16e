package nl.ketenscan.crawler.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.PlainLanguage;
import nl.ketenscan.rules.PlainLanguage.Level;
import nl.ketenscan.rules.PlainLanguage.Rewrite;
import nl.ketenscan.rules.PlainLanguage.Section;
import nl.ketenscan.rules.PlainLanguage.Uncertainty;
import org.junit.jupiter.api.Test;

class PlainLanguageColumnTest {

    @Test
    void aVerdictWithItsSectionsAndUncommonWordsIsReadBackWhole() {
        PlainLanguage plain = new PlainLanguage(320, 20, 16.0, 1.6, 55.2, 58.3, Level.ABOVE_B1,
                List.of(new Rewrite("Teneinde …", List.of(Message.of("plain-language.officialese", "teneinde", "om"),
                        Message.of("plain-language.long", 46, 20)))), new Uncertainty(50.1, 63.0, true),
                0.062, List.of(new Section("Afval", 120, 9, 70.1, 21.4, Level.B1_OR_EASIER, 0.01),
                        new Section("Bijzondere bijstand", 200, 11, 31.0, 79.5, Level.ABOVE_B1, 0.11)));

        assertEquals(plain, PlainLanguageColumn.read(PlainLanguageColumn.write(plain)));
    }

    @Test
    void reasonsStoredAsTheirDutchWordsAreReadBackAsTheyAre() {
        PlainLanguage read = PlainLanguageColumn.read("{\"words\":120,\"sentences\":8,\"avgWordsPerSentence\":15.0,"
                + "\"avgSyllablesPerWord\":1.5,\"fleschDouma\":70.0,\"difficulty\":30.0,\"level\":\"above-B1\","
                + "\"rewrites\":[{\"sentence\":\"Teneinde …\",\"reasons\":[\"teneinde → om\"]}]}");

        assertEquals(List.of(Message.verbatim("teneinde → om")), read.rewrites().get(0).reasons());
    }

    @Test
    void aVerdictStoredBeforeFamiliarityAndSectionsReadsAsUnknownAndNone() {
        PlainLanguage read = PlainLanguageColumn.read("{\"words\":120,\"sentences\":8,\"avgWordsPerSentence\":15.0,"
                + "\"avgSyllablesPerWord\":1.5,\"fleschDouma\":70.0,\"difficulty\":30.0,\"level\":\"B1-or-easier\","
                + "\"rewrites\":[]}");

        assertNull(read.uncommonWordShare());
        assertEquals(List.of(), read.sections());
    }
}
