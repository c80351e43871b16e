package nl.ketenscan.rules.plaintext;

import java.util.Locale;

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
    private static final String[] LOANWORDS = {
        "website", "online", "offline", "update", "software", "hardware", "service", "download", "upload",
        "homepage", "deadline", "teams", "team", "webpage", "voicemail"};
    private static final int[] LOANWORD_SYLLABLES = {2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 2, 2};

    /** Vowel digraphs that are one sound, as a table indexed by their two letters. */
    private static final boolean[] UNITS_OF_TWO = unitsOfTwo(
            "aa", "ee", "oo", "uu", "ie", "oe", "ei", "eu", "ui", "ou", "au", "ai", "oi", "ay", "ey", "oy");

    private static final int MAX_SPELLED_ABBREVIATION = 5;

    private DutchSyllables() {
    }

    /**
     * The number of syllables of {@code word}: at least 1 for anything with a letter, 0 for a word
     * without letters (a number, a sign). Parts joined by a hyphen are counted apart (e-mail).
     */
    public static int count(String word) {
        return count(word, word.toLowerCase(Locale.ROOT));
    }

    /** {@link #count(String)} for a caller that has the word in lower case already. */
    static int count(String word, String lower) {
        int total = 0;
        int start = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || word.charAt(i) == '-' || word.charAt(i) == '/') {
                if (i > start) {
                    total += countPart(word, lower, start, i);
                }
                start = i + 1;
            }
        }
        return total;
    }

    private static int countPart(String word, String lower, int start, int end) {
        int letters = 0;
        boolean allCapitals = true;
        for (int i = start; i < end; i++) {
            char c = word.charAt(i);
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
        String part = start == 0 && end == lower.length() ? lower : lower.substring(start, end);
        for (int k = 0; k < LOANWORDS.length; k++) {
            int at = loanwordAt(part, LOANWORDS[k]);
            if (at >= 0) {
                return LOANWORD_SYLLABLES[k] + vowelSounds(part.substring(0, at))
                        + vowelSounds(part.substring(at + LOANWORDS[k].length()));
            }
        }
        return Math.max(1, vowelSounds(part));
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
            int end = i + 1;
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
        if (end - start == 1) {
            return 1;
        }
        int units = 0;
        int i = start;
        while (i < end) {
            units++;
            i += unitLength(word, i, end);
        }
        return units;
    }

    private static int unitLength(String word, int at, int end) {
        if (end - at >= 2 && !hasTrema(word.charAt(at + 1))) {
            char first = base(word.charAt(at));
            char second = base(word.charAt(at + 1));
            if (end - at >= 3 && !hasTrema(word.charAt(at + 2))
                    && isUnitOfThree(first, second, base(word.charAt(at + 2)))) {
                return 3;
            }
            if (isUnitOfTwo(first, second) && !splitsBeforeFinalM(word, first, second, at, end)) {
                return 2;
            }
        }
        return 1;
    }

    /** aai, ooi, oei, eeu, ieu, eau. */
    private static boolean isUnitOfThree(char a, char b, char c) {
        return a == 'a' && b == 'a' && c == 'i' || a == 'o' && b == 'o' && c == 'i' || a == 'o' && b == 'e' && c == 'i'
                || a == 'e' && b == 'e' && c == 'u' || a == 'i' && b == 'e' && c == 'u' || a == 'e' && b == 'a' && c == 'u';
    }

    private static boolean isUnitOfTwo(char a, char b) {
        return a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && UNITS_OF_TWO[(a - 'a') * 26 + (b - 'a')];
    }

    private static boolean[] unitsOfTwo(String... units) {
        boolean[] table = new boolean[26 * 26];
        for (String unit : units) {
            table[(unit.charAt(0) - 'a') * 26 + (unit.charAt(1) - 'a')] = true;
        }
        return table;
    }

    /** eu before an m that ends the word or a compound part is two vowels: mu-se-um, ju-bi-le-um-feest. */
    private static boolean splitsBeforeFinalM(String word, char first, char second, int at, int end) {
        return first == 'e' && second == 'u' && end == at + 2 && end < word.length() && word.charAt(end) == 'm'
                && (end + 1 == word.length() || !isVowel(word, end + 1));
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
