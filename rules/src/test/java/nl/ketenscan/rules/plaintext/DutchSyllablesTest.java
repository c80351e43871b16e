package nl.ketenscan.rules.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutchSyllablesTest {

    record Known(String word, int syllables) {
    }

    static List<Known> knownWords() throws IOException {
        try (InputStream in = DutchSyllablesTest.class.getResourceAsStream("/plaintext/syllables.tsv")) {
            List<Known> words = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                words.add(new Known(columns[0], Integer.parseInt(columns[1].trim())));
            }
            return words;
        }
    }

    @Test
    void countsAtLeastNinetyFivePercentOfTheKnownWordsExactly() throws IOException {
        List<Known> words = knownWords();
        List<String> misses = new ArrayList<>();
        for (Known known : words) {
            int counted = DutchSyllables.count(known.word());
            if (counted != known.syllables()) {
                misses.add(known.word() + " " + counted + " (is " + known.syllables() + ")");
            }
        }
        assertTrue(words.size() >= 200, "the list must hold at least 200 words");
        double exact = 1.0 - (double) misses.size() / words.size();
        assertTrue(exact >= 0.95, "exact for " + exact + ", misses: " + misses);
    }

    @Test
    void aTremaStartsANewSyllable() {
        assertEquals(3, DutchSyllables.count("ideeën"));
        assertEquals(4, DutchSyllables.count("beëindigen"));
    }

    @Test
    void vowelsThatDoNotFormOneSoundAreCountedApart() {
        assertEquals(4, DutchSyllables.count("situatie"));
        assertEquals(3, DutchSyllables.count("museum"));
        assertEquals(4, DutchSyllables.count("museumkaart"));
    }

    @Test
    void hyphenatedPartsAndLoanwordsInCompoundsAreCountedAsSpoken() {
        assertEquals(4, DutchSyllables.count("e-mailadres"));
        assertEquals(5, DutchSyllables.count("gemeentewebsite"));
        assertEquals(3, DutchSyllables.count("updaten"));
    }

    @Test
    void abbreviationsInCapitalsAreSpelledOut() {
        assertEquals(3, DutchSyllables.count("BSN"));
        assertEquals(3, DutchSyllables.count("UWV"));
    }

    @Test
    void aWordWithoutLettersHasNoSyllables() {
        assertEquals(0, DutchSyllables.count("2025"));
        assertEquals(1, DutchSyllables.count("z'n"));
    }
}
