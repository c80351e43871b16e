package nl.ketenscan.rules.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PassiveVoiceTest {

    private static Optional<String> passive(String sentence) {
        return PassiveVoice.find(DutchWords.of(sentence).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    @Test
    void findsWordenWithAParticipleLaterInTheSentence() {
        assertEquals(Optional.of("wordt … behandeld"), passive("Uw aanvraag wordt binnen acht weken door ons behandeld."));
        assertEquals(Optional.of("worden … ingediend"), passive("De aanvraag moet worden ingediend bij de balie."));
        assertEquals(Optional.of("werd … gegeven"), passive("Het geld werd aan de verkeerde persoon gegeven."));
    }

    @Test
    void findsTheParticipleBeforeTheAuxiliaryAtTheEndOfAClause() {
        assertEquals(Optional.of("verstrekt … worden"), passive("Dit geldt voor gegevens die door de gemeente verstrekt worden."));
        assertEquals(Optional.of("ingevuld … wordt"), passive("Het is belangrijk dat het formulier goed ingevuld wordt."));
    }

    @Test
    void findsZijnWithTheParticipleOfAnActionDoneToTheSubject() {
        assertEquals(Optional.of("is … goedgekeurd"), passive("U krijgt het geld als uw aanvraag is goedgekeurd."));
        assertEquals(Optional.of("zijn … ontvangen"), passive("Pas als alle papieren zijn ontvangen, beslissen wij."));
    }

    @Test
    void anInfinitiveThatStartsWithGeIsNoParticiple() {
        assertEquals(Optional.empty(), passive("Het is handig om de app van de gemeente te gebruiken."));
        assertEquals(Optional.empty(), passive("Het is goed als u DigiD kunt gebruiken."));
        assertEquals(Optional.empty(), passive("Het is fijn om van een mooie dag te genieten."));
        assertEquals(Optional.empty(), passive("Dat is te betalen in termijnen."));
        assertEquals(Optional.of("wordt … gebruikt"), passive("De app wordt door veel inwoners gebruikt."));
    }

    @Test
    void theActivePerfectWithZijnIsNoPassive() {
        assertEquals(Optional.empty(), passive("U bent verhuisd naar een andere gemeente."));
        assertEquals(Optional.empty(), passive("Het loket is gesloten op zondag."));
        assertEquals(Optional.empty(), passive("De regeling is vorig jaar begonnen."));
    }

    @Test
    void activeSentencesAndCopulasAreNoPassive() {
        assertEquals(Optional.empty(), passive("Wij behandelen uw aanvraag binnen acht weken."));
        assertEquals(Optional.empty(), passive("U wordt lid van de bibliotheek."));
        assertEquals(Optional.empty(), passive("Dit zijn de gemeenten in de regio."));
        assertEquals(Optional.empty(), passive("Het bericht is voor u."));
        assertEquals(Optional.empty(), passive("Hij heeft zijn verhuizing doorgegeven aan de gemeente."));
    }

    @Test
    void recognisesParticiplesByTheirForm() {
        for (String participle : List.of("gemaakt", "gedaan", "gegeven", "aangevraagd", "teruggestuurd", "opgegeven",
                "betaald", "verstrekt", "ontvangen", "erkend", "ondertekend", "herzien")) {
            assertTrue(PassiveVoice.isParticiple(participle), participle);
        }
        for (String other : List.of("gemeenten", "gezin", "volgend", "verschillend", "vergunningen", "doorgeven",
                "bericht", "gelegenheid", "aangezien", "belangrijk")) {
            assertEquals(false, PassiveVoice.isParticiple(other), other);
        }
    }
}
