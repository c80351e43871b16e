package nl.ketenscan.rules.plaintext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds nominalisations ("naamwoordstijl"): a verb made into a noun, which hides who does what
 * ("na verstrekking van de gegevens" instead of "als u de gegevens geeft"). B1 guidance asks for
 * the verb.
 *
 * <p>A heuristic by form: nouns on -ing, -atie/-itie and -heid, and "het" + infinitive + "van"
 * ("het indienen van"). Everyday nouns of that form that readers know as things, not as actions
 * (woning, uitkering, informatie, gezondheid), are not counted: rewriting them would not help.
 */
final class Nominalisations {

    private static final int MIN_LENGTH = 7;
    private static final int MIN_HEAD = 6;

    private static final Set<String> EVERYDAY = Set.of(
            "uitkering", "vergunning", "verzekering", "opleiding", "vergadering", "rekening", "ervaring",
            "omgeving", "kleding", "leerling", "regeling", "vereniging", "afdeling", "richting", "oefening",
            "tekening", "wandeling", "verwarming", "stichting", "woning", "opening", "betekenis", "bijeenkomst",
            "leiding", "mening", "ouderling", "vreemdeling", "vluchteling", "tweeling", "zuigeling", "vorming", "verhuizing", "aanmelding", "inschrijving", "bestelling",
            "uitnodiging", "verlenging", "ondersteuning", "verpleging", "oplossing", "verandering", "beslissing",
            "belasting", "toelichting", "bespreking", "begeleiding", "voorziening", "huisvesting", "scholing",
            "informatie", "situatie", "organisatie", "politie", "positie", "traditie", "vakantie", "advertentie",
            "locatie", "relatie", "conditie", "instructie", "redactie", "functie", "petitie", "ambitie", "editie",
            "competitie", "definitie", "participatie", "combinatie", "operatie", "generatie", "stagnatie",
            "gezondheid", "veiligheid", "vrijheid", "waarheid", "overheid", "eenheid", "minderheid", "meerderheid",
            "gelegenheid", "schoonheid", "gewoonheid", "zekerheid", "mogelijkheid", "moeilijkheid");

    /** Infinitives that are everyday nouns as well: "het vermogen van" is about money, not an action. */
    private static final Set<String> NOUN_INFINITIVES = Set.of(
            "vermogen", "vertrouwen", "verlangen", "verleden", "genoegen", "bedragen", "gegeven");

    private Nominalisations() {
    }

    /** The nominalisations in a sentence given as its lower-case words, in the order they occur. */
    static List<String> find(List<String> words) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i + 2 < words.size() && word.equals("het") && words.get(i + 2).equals("van")
                    && isInfinitive(words.get(i + 1))) {
                found.add("het " + words.get(i + 1) + " van");
                i += 2;
            } else if (isNominalisation(word)) {
                found.add(word);
            }
        }
        return found;
    }

    static boolean isNominalisation(String word) {
        if (word.length() < MIN_LENGTH) {
            return false;
        }
        String singular = singular(word);
        boolean nominalForm = singular.endsWith("ing") || singular.endsWith("atie") || singular.endsWith("itie")
                || singular.endsWith("heid");
        return nominalForm && !EVERYDAY.contains(singular) && !endsWithEveryday(singular);
    }

    /** Compounds end in their head: "bijstandsuitkering" is as everyday as "uitkering". */
    private static boolean endsWithEveryday(String word) {
        for (int head = 1; head <= word.length() - MIN_HEAD; head++) {
            if (EVERYDAY.contains(word.substring(head))) {
                return true;
            }
        }
        return false;
    }

    private static String singular(String word) {
        if (word.endsWith("ingen")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("aties") || word.endsWith("ities")) {
            return word.substring(0, word.length() - 1);
        }
        if (word.endsWith("heden")) {
            return word.substring(0, word.length() - 5) + "heid";
        }
        return word;
    }

    private static boolean isInfinitive(String word) {
        return word.length() >= 6 && word.endsWith("en") && !word.endsWith("ingen") && !word.endsWith("heden")
                && !NOUN_INFINITIVES.contains(word);
    }
}
