package nl.ketenscan.rules.plaintext;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the passive ("lijdende vorm") in a Dutch sentence: a form of worden or zijn with a past
 * participle in the same stretch of words ("uw aanvraag wordt binnen acht weken behandeld", "als
 * het formulier is ingediend", "die verstrekt worden"). B1 guidance asks for the active form,
 * which says who acts.
 *
 * <p>A heuristic without a parser: a participle is recognised by its form (ge-…d/t/n, a separable
 * particle before ge- as in aangevraagd, or an inseparable prefix as in betaald, verstrekt,
 * ontvangen), with lists of common words of that form that are no participle (gemeenten, bericht,
 * beleid, gebruiken). A word after "te" is an infinitive ("is mogelijk om te betalen"). With zijn, the perfect tense of verbs that take zijn ("is gegaan", "is verhuisd") is
 * active and not counted, and the possessive "zijn" counts only right beside a participle.
 */
final class PassiveVoice {

    private static final Set<String> WORDEN = Set.of("word", "wordt", "worden", "werd", "werden");
    private static final Set<String> ZIJN = Set.of("is", "ben", "bent", "was", "waren", "zijn");

    /** Participles that form the active perfect with zijn, or describe a state rather than an action. */
    private static final Set<String> ACTIVE_WITH_ZIJN = Set.of(
            "gegaan", "gekomen", "geweest", "geworden", "gebleven", "gestorven", "overleden", "begonnen", "gebeurd",
            "verhuisd", "gestopt", "veranderd", "vertrokken", "aangekomen", "opgegroeid", "gegroeid", "gestegen",
            "gedaald", "verschenen", "ontstaan", "gevallen", "geslaagd", "gelukt", "mislukt", "afgelopen",
            "teruggekomen", "meegegaan", "ingegaan", "toegenomen", "afgenomen", "verdwenen", "gebleken", "geboren",
            "getrouwd", "gescheiden", "opgehouden", "weggegaan", "gevlucht", "verlopen", "vervallen", "overgegaan",
            "uitgekomen", "binnengekomen", "gewend", "bevallen", "geland", "verbonden", "gelegen", "bekend",
            "gestart", "geopend", "gesloten", "ontslagen", "verplicht", "gericht", "bedoeld", "gewijzigd",
            "toegestaan", "verboden");

    /** Words of participle form that are nouns, adjectives or conjunctions. */
    private static final Set<String> NOT_PARTICIPLES = Set.of(
            "gemeenten", "gebieden", "gebouwen", "gezinnen", "gesprekken", "gedeelten", "gedachten", "betreft",
            "geleden", "gewoon", "gemiddeld", "gezond", "geheel", "geldt", "geeft", "gebeurt", "ontvangst",
            "gelden", "geven", "gehandicapt", "bericht", "berichten", "bezit", "beleid", "bestand", "bestanden",
            "verstand", "verband", "verbod", "verleden", "overzicht", "overeenkomst", "herkomst", "aangezien",
            "bedrijven", "bedragen", "verhalen", "verschillen", "beroepen", "verzoeken", "ontwerpen", "betalen",
            "vergeten", "onderwerpen", "bewoners", "verlangen", "belangen", "gevolgen", "geval", "gevallen",
            "overheden", "omgeving", "bestemd", "onderdeel", "onderwijs", "overleg", "overal", "overdag",
            "verkeerd", "begin", "benen", "beter", "heden", "ingewikkeld");

    private static final Set<String> PARTICLES = Set.of(
            "aan", "af", "bij", "binnen", "door", "in", "mee", "na", "om", "onder", "op", "over", "terug", "toe",
            "uit", "vast", "voor", "weg", "samen", "goed", "vrij", "bekend", "kwijt", "dicht", "open", "los",
            "neer", "tegen", "achter", "mede", "vol", "teleur", "tot", "stop", "vooraf", "thuis", "verder");

    /** Strong participles with an inseparable prefix end in -en, like plurals: known by name. */
    private static final Set<String> STRONG_PARTICIPLES = Set.of(
            "ontvangen", "verkregen", "vervangen", "verboden", "verzonden", "ontheven", "behouden", "bevonden",
            "beschreven", "bewezen", "verworven", "besproken", "bezien", "herzien", "ondernomen", "onderworpen",
            "vergeven", "ontnomen", "overwogen", "verschoven", "bedreven", "bevolen", "verweven", "verbonden",
            "beslagen", "ontbonden", "ontdaan", "voldaan", "begrepen", "bestreden", "verheven", "vermeden",
            "voorzien", "ondergaan", "onderscheiden", "ontboden", "verschenen", "vertrokken", "verdwenen",
            "overleden", "verloren", "verzwegen", "bedrogen", "betrokken", "benomen", "verbroken", "ontslagen");

    /**
     * Verbs whose infinitive starts with ge- and ends in -en like a strong participle: "u kunt de app
     * gebruiken" is no passive ("is … gebruiken" was reported as one).
     */
    private static final Set<String> GE_INFINITIVES = Set.of(
            "gebruiken", "geloven", "genieten", "gebeuren", "gewennen", "geraken", "gehoorzamen", "gelijken",
            "geleiden", "gedogen", "getuigen", "gebaren", "geselen", "gewinnen");

    private static final String[] INSEPARABLE = {"be", "ver", "ont", "her", "er", "onder", "over", "mis", "vol"};

    private static final int WINDOW_AFTER = 12;
    private static final int WINDOW_BEFORE = 3;
    private static final int POSSESSIVE_WINDOW = 1;

    private PassiveVoice() {
    }

    /**
     * The passive in a sentence given as its lower-case words, as "wordt … behandeld"; empty when
     * none. Forms of worden are looked at first: they are the surer sign.
     */
    static Optional<String> find(List<String> words) {
        Optional<String> withWorden = find(words, true);
        return withWorden.isPresent() ? withWorden : find(words, false);
    }

    private static Optional<String> find(List<String> words, boolean worden) {
        for (int a = 0; a < words.size(); a++) {
            String word = words.get(a);
            if (!(worden ? WORDEN : ZIJN).contains(word)) {
                continue;
            }
            boolean possessive = word.equals("zijn");
            int after = possessive ? POSSESSIVE_WINDOW : WINDOW_AFTER;
            int before = possessive ? POSSESSIVE_WINDOW : WINDOW_BEFORE;
            for (int p = Math.max(0, a - before); p < Math.min(words.size(), a + after + 1); p++) {
                String candidate = words.get(p);
                boolean infinitive = p > 0 && words.get(p - 1).equals("te");
                if (p != a && !infinitive && isParticiple(candidate)
                        && (worden || !ACTIVE_WITH_ZIJN.contains(candidate))) {
                    return Optional.of(p > a ? word + " … " + candidate : candidate + " … " + word);
                }
            }
        }
        return Optional.empty();
    }

    static boolean isParticiple(String word) {
        if (word.length() < 5 || NOT_PARTICIPLES.contains(word) || GE_INFINITIVES.contains(word)
                || !hasParticipleEnding(word)
                || word.endsWith("heid")) {
            return false;
        }
        if (word.startsWith("ge") && word.length() >= 6) {
            return true;
        }
        int ge = word.indexOf("ge", 2);
        if (ge > 0 && PARTICLES.contains(word.substring(0, ge)) && word.length() - ge >= 5
                && !(word.endsWith("geven") && !word.endsWith("gegeven"))) {
            return true;
        }
        for (String prefix : INSEPARABLE) {
            if (word.startsWith(prefix) && word.length() - prefix.length() >= 4 && !isPresentParticiple(word)
                    && (word.endsWith("d") || word.endsWith("t") || STRONG_PARTICIPLES.contains(word))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasParticipleEnding(String word) {
        char last = word.charAt(word.length() - 1);
        return last == 'd' || last == 't' || last == 'n';
    }

    /** Present participles end in -end after a consonant (volgend, betreffend); erkend, verleend do not. */
    private static boolean isPresentParticiple(String word) {
        if (!word.endsWith("end") || word.length() < 5) {
            return false;
        }
        char before = word.charAt(word.length() - 4);
        return before != 'k' && before != 'w' && before != 'i' && before != 'e';
    }
}
