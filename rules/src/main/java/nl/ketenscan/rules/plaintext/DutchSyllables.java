package nl.ketenscan.rules.plaintext;

import java.util.Locale;
import java.util.Map;

/**
 * Counts the spoken syllables of a Dutch word, as the Flesch-Douma formula needs them.
 *
 * <p>Dutch spelling is regular enough that every syllable has exactly one vowel sound, written as
 * one of a closed set of vowel letters and digraphs (aa, ie, oe, ui, eeuw…). So the count is the
 * number of vowel sounds: runs of vowel letters are cut into the longest Dutch vowel units, and
 * where two vowels meet without forming one sound (ide-aal, si-tu-a-tie, re-a-ge-ren) each counts.
 * A trema always starts a new syllable (ide-eën, be-ëin-di-gen). The rules that spelling does not
 * cover are written out here: {@code u} after {@code q} is no vowel, {@code y} before a vowel is a
 * consonant (yoga), {@code eu} before a final {@code m} splits (mu-se-um), and a short list of
 * English loanwords with a silent e (website, online, update) is counted as spoken.
 *
 * <p>Hyphenation patterns were considered: the Dutch TeX patterns on Maven Central ship only as
 * Apache FOP's serialised trees (net.sf.offo:fop-hyph), which need FOP to read, and hyphenation
 * patterns deliberately find no break next to a word's edge (o-ver, a-dres), which syllable
 * counting needs. On ketenscan's list of 355 words this method is 99% exact (see the tests and
 * the plain-language benchmark).
 *
 * <p>Abbreviations written in capitals (BSN, UWV) are spelled out, one syllable per letter.
 */
public final class DutchSyllables {

    /** Loanwords whose written vowels outnumber their spoken syllables; matched as a compound part. */
    private static final Map<String, Integer> LOANWORDS = Map.ofEntries(
            Map.entry("website", 2), Map.entry("online", 2), Map.entry("offline", 2), Map.entry("update", 2),
            Map.entry("software", 2), Map.entry("hardware", 2), Map.entry("service", 2), Map.entry("download", 2),
            Map.entry("upload", 2), Map.entry("homepage", 2), Map.entry("deadline", 2), Map.entry("team", 1),
            Map.entry("teams", 1), Map.entry("webpage", 2), Map.entry("voicemail", 2));

    private static final String[] UNITS_OF_THREE = {"aai", "ooi", "oei", "eeu", "ieu", "eau"};
    private static final String[] UNITS_OF_TWO = {
        "aa", "ee", "oo", "uu", "ie", "oe", "ei", "eu", "ui", "ou", "au", "ai", "oi", "ay", "ey", "oy"};

    private static final int MAX_SPELLED_ABBREVIATION = 5;

    private DutchSyllables() {
    }

    /**
     * The number of syllables of {@code word}: at least 1 for anything with a letter, 0 for a word
     * without letters (a number, a sign). Parts joined by a hyphen are counted apart (e-mail).
     */
    public static int count(String word) {
        int total = 0;
        int start = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || word.charAt(i) == '-' || word.charAt(i) == '/') {
                if (i > start) {
                    total += countPart(word.substring(start, i));
                }
                start = i + 1;
            }
        }
        return total;
    }

    private static int countPart(String part) {
        int letters = 0;
        boolean allCapitals = true;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                allCapitals &= Character.isUpperCase(c);
            }
        }
        if (letters == 0) {
            return 0;
        }
        if (allCapitals && letters >= 2 && letters <= MAX_SPELLED_ABBREVIATION) {
            return letters;
        }
        String lower = part.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Integer> loan : LOANWORDS.entrySet()) {
            int at = loanwordAt(lower, loan.getKey());
            if (at >= 0) {
                return loan.getValue() + vowelSounds(lower.substring(0, at))
                        + vowelSounds(lower.substring(at + loan.getKey().length()));
            }
        }
        return Math.max(1, vowelSounds(lower));
    }

    /**
     * Where {@code loan} stands as the whole word, its plural, or a part of a compound whose other
     * part has a vowel of its own ("servicepunt", "gemeentewebsite"), so that "updaten" is no match.
     */
    private static int loanwordAt(String word, String loan) {
        int at = word.indexOf(loan);
        if (at < 0) {
            return -1;
        }
        String before = word.substring(0, at);
        String after = word.substring(at + loan.length());
        boolean beforeFits = before.isEmpty() || hasVowel(before);
        boolean afterFits = after.isEmpty() || after.equals("s") || hasVowel(after);
        return beforeFits && afterFits ? at : -1;
    }

    private static boolean hasVowel(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isVowel(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static int vowelSounds(String word) {
        int sounds = 0;
        int i = 0;
        while (i < word.length()) {
            if (!isVowel(word, i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < word.length() && isVowel(word, end)) {
                end++;
            }
            sounds += unitsIn(word, i, end);
            i = end;
        }
        return sounds;
    }

    /** How many vowel units the vowel run {@code word[start, end)} holds, longest units first. */
    private static int unitsIn(String word, int start, int end) {
        int units = 0;
        int i = start;
        while (i < end) {
            units++;
            i += unitLength(word, i, end);
        }
        return units;
    }

    private static int unitLength(String word, int at, int end) {
        if (end - at >= 3 && !hasTrema(word.charAt(at + 1)) && !hasTrema(word.charAt(at + 2))
                && matches(UNITS_OF_THREE, word, at, 3)) {
            return 3;
        }
        if (end - at >= 2 && !hasTrema(word.charAt(at + 1)) && matches(UNITS_OF_TWO, word, at, 2)
                && !splitsBeforeFinalM(word, at, end)) {
            return 2;
        }
        return 1;
    }

    /** eu before an m that ends the word or a compound part is two vowels: mu-se-um, ju-bi-le-um-feest. */
    private static boolean splitsBeforeFinalM(String word, int at, int end) {
        return base(word.charAt(at)) == 'e' && base(word.charAt(at + 1)) == 'u' && end == at + 2
                && end < word.length() && word.charAt(end) == 'm'
                && (end + 1 == word.length() || !isVowel(word, end + 1));
    }

    private static boolean matches(String[] units, String word, int at, int length) {
        for (String unit : units) {
            boolean same = true;
            for (int k = 0; k < length && same; k++) {
                same = base(word.charAt(at + k)) == unit.charAt(k);
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(String word, int i) {
        char c = base(word.charAt(i));
        return switch (c) {
            case 'a', 'e', 'i', 'o' -> true;
            case 'u' -> i == 0 || word.charAt(i - 1) != 'q';
            case 'y' -> i + 1 == word.length() || !isPlainVowel(word.charAt(i + 1));
            default -> false;
        };
    }

    private static boolean isPlainVowel(char c) {
        char b = base(c);
        return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u';
    }

    private static boolean hasTrema(char c) {
        return switch (c) {
            case 'ä', 'ë', 'ï', 'ö', 'ü', 'ÿ' -> true;
            default -> false;
        };
    }

    /** The letter without its accent or trema; other characters as they are. */
    private static char base(char c) {
        return switch (c) {
            case 'á', 'à', 'â', 'ä' -> 'a';
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'í', 'ì', 'î', 'ï' -> 'i';
            case 'ó', 'ò', 'ô', 'ö' -> 'o';
            case 'ú', 'ù', 'û', 'ü' -> 'u';
            case 'ý', 'ÿ' -> 'y';
            default -> c;
        };
    }
}
