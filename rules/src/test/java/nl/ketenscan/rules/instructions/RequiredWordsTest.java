package nl.ketenscan.rules.instructions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.ketenscan.rules.PhraseFile;
import org.junit.jupiter.api.Test;

class RequiredWordsTest {

    @Test
    void aTextWithoutTheWordsOfEveryPartIsRuledOut() {
        RequiredWords words = RequiredWords.of("de (groene|rode) knop");

        assertEquals(true, words.allIn(RequiredWords.Text.of("Klik op DE Rode\nKnop.")));
        assertEquals(false, words.allIn(RequiredWords.Text.of("Klik op de blauwe knop.")));
        assertEquals(false, words.allIn(RequiredWords.Text.of("De groene container.")));
        assertEquals(false, words.allIn(RequiredWords.Text.of("De groene knoppen.")), "knop stands alone in the phrase");
    }

    @Test
    void aWordJoinedToAGroupIsFoundInsideAWordOfTheText() {
        RequiredWords words = RequiredWords.of("in het (rechter|linker)menu");

        assertEquals(true, words.allIn(RequiredWords.Text.of("Kies in het Linkermenu")));
        assertEquals(false, words.allIn(RequiredWords.Text.of("Kies in het menu links")));
    }

    @Test
    void aGroupWithAnEmptyAlternativeOrUnknownSyntaxRulesNothingOut() {
        assertEquals(true, RequiredWords.of("de (groene|) knop").allIn(RequiredWords.Text.of("de knop")));
        assertEquals(true, RequiredWords.of("groene|rode knop").allIn(RequiredWords.Text.of("groene")));
        assertEquals(true, RequiredWords.of("de ((groene|rode) knop)").allIn(RequiredWords.Text.of("")));
    }

    /**
     * Every phrase of the list, in each of its alternatives, written as a resident might and with
     * the characters that only Unicode case folding takes as equal (long s, dotless i, the Kelvin
     * sign): wherever the phrase's regex finds it, its required words are found too.
     */
    @Test
    void neverRulesOutATextThatThePhrasesRegexMatches() {
        int matched = 0;
        for (String phrase : PhraseFile.read(SensoryPhrases.class, "sensory-phrases.txt")) {
            Pattern pattern = SensoryPhrases.compile(phrase);
            RequiredWords words = RequiredWords.of(phrase);
            for (String written : expansions(phrase)) {
                for (String text : variants(written)) {
                    if (pattern.matcher(text).find()) {
                        matched++;
                        assertTrue(words.allIn(RequiredWords.Text.of(text)), phrase + " ruled out " + text);
                    }
                }
                assertTrue(pattern.matcher("Klik " + written.toUpperCase() + ".").find(), written);
            }
        }
        assertTrue(matched > 1_000, "matched " + matched);
    }

    private static List<String> variants(String written) {
        return List.of("Klik " + written + ".", written.toUpperCase(), written.replace(' ', '\n'),
                written.replace('s', 'ſ'), written.replace('i', 'ı'), written.replace('k', '\u212A'),
                written.replace("i", "\u0130"), "(" + written + ")", "\u0345" + written + "\u00B2",
                "x" + written + "-", written.replace(" ", " \u0345"), "\uD835\uDC00 " + written + "\uD835\uDC00");
    }

    /** Every way the phrase can be written, one alternative of each group chosen. */
    private static List<String> expansions(String phrase) {
        int open = phrase.indexOf('(');
        if (open < 0) {
            return List.of(phrase);
        }
        int close = phrase.indexOf(')', open);
        List<String> all = new ArrayList<>();
        for (String alternative : phrase.substring(open + 1, close).split("\\|")) {
            all.addAll(expansions(phrase.substring(0, open) + alternative + phrase.substring(close + 1)));
        }
        return all;
    }
}
