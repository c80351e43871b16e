package nl.ketenscan.rules.plaintext;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WordFamiliarityTest {

    private static final WordFamiliarity FAMILIARITY = WordFamiliarity.load();

    @ParameterizedTest
    @ValueSource(strings = {"afspraak", "paspoort", "woning", "u", "gemeentelijke", "verenigingen", "parkeert",
            "identiteitsbewijs", "afvalcontainer", "e-mailadres", "Gemeente"})
    void everydayWordsTheirFormsAndCompoundsAreCommon(String word) {
        assertTrue(FAMILIARITY.isCommon(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"teneinde", "alsmede", "desalniettemin", "ingevolge", "geschiedt", "onverwijld",
            "belanghebbende", "kwijtschelding"})
    void officialeseAndRareWordsAreUncommon(String word) {
        assertFalse(FAMILIARITY.isCommon(word), word);
    }

    @Test
    void namesNumbersAndAbbreviationsAreNotJudged() {
        assertFalse(WordFamiliarity.isJudged("Lindeveen", false), "a name inside the sentence");
        assertTrue(WordFamiliarity.isJudged("Teneinde", true), "the sentence's first word");
        assertFalse(WordFamiliarity.isJudged("WMO", true));
        assertFalse(WordFamiliarity.isJudged("17.00", false));
        assertFalse(WordFamiliarity.isJudged("o.a.", false));
        assertFalse(WordFamiliarity.isJudged("2e", false));
    }
}
