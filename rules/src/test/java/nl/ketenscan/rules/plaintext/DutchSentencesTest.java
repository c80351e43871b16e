package nl.ketenscan.rules.plaintext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DutchSentencesTest {

    @Test
    void splitsAtFullStopsQuestionAndExclamationMarks() {
        assertEquals(List.of("Heeft u vragen?", "Bel ons!", "Wij helpen u graag."),
                DutchSentences.split("Heeft u vragen? Bel ons! Wij helpen u graag."));
    }

    @Test
    void abbreviationsInsideASentenceDoNotEndIt() {
        assertEquals(List.of("Neem bijv. uw paspoort mee, o.a. voor de controle, d.w.z. bij de balie."),
                DutchSentences.split("Neem bijv. uw paspoort mee, o.a. voor de controle, d.w.z. bij de balie."));
        assertEquals(List.of("U spreekt mr. Jansen van afd. Burgerzaken over nr. 12 en art. 5."),
                DutchSentences.split("U spreekt mr. Jansen van afd. Burgerzaken over nr. 12 en art. 5."));
        assertEquals(List.of("Dit geldt t/m 31 december voor ca. twintig mensen."),
                DutchSentences.split("Dit geldt t/m 31 december voor ca. twintig mensen."));
    }

    @Test
    void anAbbreviationThatOftenClosesASentenceEndsOneBeforeACapital() {
        assertEquals(List.of("Neem foto's, papieren enz. mee.", "Daarna krijgt u een brief."),
                DutchSentences.split("Neem foto's, papieren enz. mee. Daarna krijgt u een brief."));
        assertEquals(List.of("Neem foto's, papieren enz.", "Daarna krijgt u een brief."),
                DutchSentences.split("Neem foto's, papieren enz. Daarna krijgt u een brief."));
    }

    @Test
    void datesTimesAndAmountsStayWhole() {
        assertEquals(List.of("Op 01.02.2025 om 10.30 uur betaalt u € 1.250,50 of 3.500 euro.", "Dat is alles."),
                DutchSentences.split("Op 01.02.2025 om 10.30 uur betaalt u € 1.250,50 of 3.500 euro. Dat is alles."));
        assertEquals(List.of("Wij zijn open op 1 jan. 2026 van 9.00 tot 12.00 uur."),
                DutchSentences.split("Wij zijn open op 1 jan. 2026 van 9.00 tot 12.00 uur."));
        assertEquals(List.of("Kom om 9.00.", "Daarna gaan we naar binnen."),
                DutchSentences.split("Kom om 9.00. Daarna gaan we naar binnen."));
    }

    @Test
    void webAddressesStayWhole() {
        assertEquals(List.of("Kijk op www.lindeveen.nl voor meer.", "Of mail info@lindeveen.nl."),
                DutchSentences.split("Kijk op www.lindeveen.nl voor meer. Of mail info@lindeveen.nl."));
    }

    @Test
    void aNumberedListItemKeepsItsNumber() {
        assertEquals(List.of("1. Vul het formulier in."), DutchSentences.split("1. Vul het formulier in."));
        assertEquals(List.of("Er kwamen 120 mensen in 2024.", "80 van hen waren tevreden."),
                DutchSentences.split("Er kwamen 120 mensen in 2024. 80 van hen waren tevreden."));
    }

    @Test
    void anInitialIsNoSentenceEndButAShortWordIs() {
        assertEquals(List.of("Uw contactpersoon is J. de Vries."),
                DutchSentences.split("Uw contactpersoon is J. de Vries."));
        assertEquals(List.of("Wij bellen u.", "Dat is binnen een week."),
                DutchSentences.split("Wij bellen u. Dat is binnen een week."));
    }

    @Test
    void aFullStopBeforeALowerCaseWordEndsNoSentence() {
        assertEquals(List.of("Dit kost ongeveer 12 resp. 15 euro per mnd. voor u."),
                DutchSentences.split("Dit kost ongeveer 12 resp. 15 euro per mnd. voor u."));
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertEquals(List.of("Kies \"Aanvragen.\"", "(Dit duurt vijf minuten.)", "Klaar."),
                DutchSentences.split("Kies \"Aanvragen.\" (Dit duurt vijf minuten.) Klaar."));
    }

    @Test
    void anEllipsisEndsASentenceOnlyBeforeACapital() {
        assertEquals(List.of("U wacht... en wacht.", "Dan belt u."),
                DutchSentences.split("U wacht... en wacht. Dan belt u."));
    }

    @Test
    void aBlockWithoutFullStopIsOneSentence() {
        assertEquals(List.of("Hulp bij het huishouden"), DutchSentences.split("Hulp bij het huishouden"));
        assertEquals(List.of(), DutchSentences.split("   "));
    }
}
