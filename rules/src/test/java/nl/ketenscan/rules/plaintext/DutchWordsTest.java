package nl.ketenscan.rules.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DutchWordsTest {

    @Test
    void wordsLoseThePunctuationAroundThem() {
        assertEquals(List.of("Heeft", "u", "vragen", "Bel", "ons", "gemeente"),
                DutchWords.of("Heeft u vragen? Bel ons (gemeente)."));
    }

    @Test
    void wordsKeepWhatIsPartOfThem() {
        assertEquals(List.of("o.a.", "bijv.", "t/m", "e-mail", "z'n", "3.500", "10.30", "12,50"),
                DutchWords.of("o.a. bijv. t/m e-mail z'n 3.500 10.30 €12,50."));
    }

    @Test
    void signsAreNoWords() {
        assertEquals(List.of("prijs", "5"), DutchWords.of("prijs – € 5 •"));
    }

    @Test
    void numbersAndAddressesHaveNoSyllablesToCount() {
        assertTrue(DutchWords.isLanguage("gemeente"));
        assertFalse(DutchWords.isLanguage("2025"));
        assertFalse(DutchWords.isLanguage("info@lindeveen.nl"));
        assertFalse(DutchWords.isLanguage("www.lindeveen.nl"));
    }
}
