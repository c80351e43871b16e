package nl.ketenscan.rules.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnexplainedAbbreviationsTest {

    private static List<String> unexplained(List<String> blocks, Set<String> explained, String sentence) {
        return UnexplainedAbbreviations.in(new TextBlocks(blocks, explained, List.of())).find(DutchWords.of(sentence));
    }

    @Test
    void findsAbbreviationsInCapitalsOnce() {
        assertEquals(List.of("WOZ", "UWV"), unexplained(List.of(), Set.of(), "De WOZ-waarde, het UWV en de WOZ."));
    }

    @Test
    void anAbbreviationExplainedInBracketsAnywhereInTheTextIsExplained() {
        List<String> blocks = List.of("Het Centraal Administratie Kantoor (CAK) rekent het uit.",
                "De GGD (Gemeentelijke Gezondheidsdienst) helpt.");
        assertEquals(List.of(), unexplained(blocks, Set.of(), "Het CAK stuurt de rekening, de GGD belt."));
    }

    @Test
    void anAbbreviationExplainedWithAbbrTitleIsExplained() {
        assertEquals(List.of(), unexplained(List.of(), Set.of("BSN"), "Vul uw BSN in."));
    }

    @Test
    void wellKnownAbbreviationsRomanNumeralsAndShoutingAreNotCounted() {
        assertEquals(List.of(), unexplained(List.of(), Set.of(), "Neem uw ID-kaart mee naar de EU-balie in hal II."));
        assertEquals(List.of(), unexplained(List.of(), Set.of(), "LET OP DIT"));
    }
}
