package nl.ketenscan.rules.instructions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SensoryPhrasesTest {

    @Test
    void alternativesInParenthesesMatchEachWholePhraseAcrossLineBreaks() {
        var pattern = SensoryPhrases.compile("de (groene|rode) knop");

        assertEquals(true, pattern.matcher("Klik op de rode\n knop.").find());
        assertEquals(false, pattern.matcher("Klik op de blauwe knop.").find());
        assertEquals(false, pattern.matcher("Klik op de groene knoppen.").find());
    }

    @Test
    void matchesWholeWordsOnlyAndKeepsWhatWasWritten() {
        assertEquals(List.of(), SensoryPhrases.DUTCH.in("De rechtsbovenste hoek en rechtsbijstand."));
        assertEquals(List.of("Rechtsboven"), SensoryPhrases.DUTCH.in("Rechtsboven staat het zoekveld."));
    }

    @Test
    void charactersThatMeanSomethingInARegexAreTakenLiterally() {
        assertEquals(true, SensoryPhrases.compile("knop (a.b|c)").matcher("knop a.b").find());
        assertEquals(false, SensoryPhrases.compile("knop (a.b|c)").matcher("knop axb").find());
    }
}
