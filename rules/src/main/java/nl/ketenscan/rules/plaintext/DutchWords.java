package nl.ketenscan.rules.plaintext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into its words: what stands between spaces, without the punctuation around
 * it. A word keeps what is part of it: the full stops of an abbreviation (o.a., bijv.), the slash
 * of t/m, the hyphen of e-mail, the apostrophe of z'n, the separators of 3.500 and 10.30. A token
 * without a letter or digit (a dash, €, •) is no word.
 */
final class DutchWords {

    private DutchWords() {
    }

    static List<String> of(String sentence) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int length = sentence.length();
        while (i < length) {
            while (i < length && Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(sentence.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = trim(sentence, start, i);
                if (word != null) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** Whether a word is written with letters, so it has syllables; numbers, amounts and addresses have none. */
    static boolean isLanguage(String word) {
        if (word.indexOf('@') >= 0 || word.startsWith("www.") || word.contains("://")) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String trim(String sentence, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && !Character.isLetterOrDigit(sentence.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(sentence.charAt(to - 1))
                && sentence.charAt(to - 1) != '.') {
            to--;
        }
        if (from == to) {
            return null;
        }
        String word = sentence.substring(from, to);
        while (word.endsWith(".") && !keepsFullStop(word)) {
            word = word.substring(0, word.length() - 1);
        }
        while (!word.isEmpty() && !Character.isLetterOrDigit(word.charAt(word.length() - 1))
                && word.charAt(word.length() - 1) != '.') {
            word = word.substring(0, word.length() - 1);
        }
        return word.isEmpty() ? null : word;
    }

    /** o.a. and bijv. keep their full stop; "gemeente." at the end of a sentence does not. */
    private static boolean keepsFullStop(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (DottedAbbreviations.isKnown(lower)) {
            return true;
        }
        int inner = word.indexOf('.');
        return inner < word.length() - 1 && inner > 0 && word.length() <= 8
                && Character.isLetter(word.charAt(inner - 1)) && Character.isLetter(word.charAt(inner + 1))
                && word.length() - word.replace(".", "").length() >= 2 && allShortParts(word);
    }

    /** a.s.a.p., m.b.t.: every part between full stops one or two letters. */
    private static boolean allShortParts(String word) {
        for (String part : word.substring(0, word.length() - 1).split("\\.")) {
            if (part.isEmpty() || part.length() > 2) {
                return false;
            }
        }
        return true;
    }
}
