package nl.ketenscan.rules.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.ketenscan.rules.MessageBundles;
import org.junit.jupiter.api.Test;

class OfficialeseWordsTest {

    private final OfficialeseWords words = OfficialeseWords.load();

    private List<String> advice(String sentence) {
        List<String> lower = DutchWords.of(sentence).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        return words.find(lower).stream().map(hit -> MessageBundles.text(hit.advice(), "nl")).toList();
    }

    @Test
    void theShippedListHoldsAtLeast150Pairs() {
        assertTrue(words.size() >= 150, "pairs: " + words.size());
    }

    @Test
    void findsOfficialeseWordsWithTheirB1Alternative() {
        assertEquals(List.of("indien → als", "middels → met, door", "teneinde → om", "derhalve → daarom"),
                advice("Indien u middels DigiD inlogt teneinde uw aanvraag te doen, kunt u derhalve sneller starten."));
    }

    @Test
    void aPhraseIsOneHitBeforeTheWordsInIt() {
        assertEquals(List.of("ter beschikking stellen → geven", "met betrekking tot → over"),
                advice("Wij ter beschikking stellen de gegevens met betrekking tot uw aanvraag."));
        assertEquals(List.of("beschikking → besluit"), advice("U krijgt een beschikking."));
    }

    @Test
    void abbreviationsWithFullStopsAreFoundAsWritten() {
        assertEquals(List.of("i.v.m. → door, over", "z.s.m. → zo snel mogelijk"),
                advice("I.v.m. de drukte bellen wij u z.s.m. terug."));
    }

    @Test
    void plainTextHasNoHits() {
        assertEquals(List.of(), advice("Als u met DigiD inlogt, kunt u meteen beginnen."));
    }

    @Test
    void aMalformedLineSaysWhereItIs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OfficialeseWords.parse("# kop\nindien\tals\nmiddels\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }
}
