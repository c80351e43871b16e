package nl.ketenscan.rules.plaintext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds abbreviations in capitals (WOZ, UWV, CJG) that the text does not explain. B1 guidance:
 * write the words out, or explain the abbreviation where it first appears.
 *
 * <p>An abbreviation counts as explained anywhere in the text when the text puts it in brackets
 * right after its words ("Wet maatschappelijke ondersteuning (Wmo)"), puts its words in brackets
 * right after it ("WOZ (waardering onroerende zaken)"), or marks it up as {@code <abbr title>}.
 * A few abbreviations every reader knows (tv, EU, ID-kaart) are not counted, and neither are words in a
 * sentence written all in capitals, which is shouting, not abbreviating.
 */
final class UnexplainedAbbreviations {

    private static final int MIN_LETTERS = 2;
    private static final int MAX_LETTERS = 6;

    private static final Set<String> KNOWN_TO_ALL = Set.of("TV", "EU", "NL", "OK", "PC", "WC", "CV", "ID");

    private final Set<String> explained;

    private UnexplainedAbbreviations(Set<String> explained) {
        this.explained = explained;
    }

    /** The abbreviations of a text, knowing which of them the text explains. */
    static UnexplainedAbbreviations in(TextBlocks text) {
        Set<String> explained = new HashSet<>(text.explained());
        for (String block : text.blocks()) {
            collectBracketed(block, explained);
        }
        return new UnexplainedAbbreviations(explained);
    }

    /** The unexplained abbreviations in a sentence given as its words as written, each once; WOZ-waarde counts as WOZ. */
    List<String> find(List<String> words) {
        List<String> found = new ArrayList<>();
        int capitalWords = 0;
        for (String written : words) {
            int hyphen = written.indexOf('-');
            String word = hyphen > 0 ? written.substring(0, hyphen) : written;
            if (isAbbreviation(word)) {
                capitalWords++;
                if (!explained.contains(word) && !KNOWN_TO_ALL.contains(word) && !found.contains(word)) {
                    found.add(word);
                }
            }
        }
        return capitalWords * 2 > words.size() && words.size() > 1 ? List.of() : found;
    }

    /** "(WOZ)" explains WOZ by the words before it; "WOZ (" explains it by the words after it. */
    private static void collectBracketed(String block, Set<String> explained) {
        int open = block.indexOf('(');
        while (open >= 0) {
            int close = block.indexOf(')', open);
            if (close > open) {
                String inside = block.substring(open + 1, close).strip();
                if (isAbbreviation(inside)) {
                    explained.add(inside);
                }
            }
            String before = lastWord(block, open);
            if (isAbbreviation(before)) {
                explained.add(before);
            }
            open = block.indexOf('(', open + 1);
        }
    }

    private static String lastWord(String block, int end) {
        int to = end;
        while (to > 0 && Character.isWhitespace(block.charAt(to - 1))) {
            to--;
        }
        int from = to;
        while (from > 0 && !Character.isWhitespace(block.charAt(from - 1))) {
            from--;
        }
        return block.substring(from, to);
    }

    /** WOZ, UWV, GGD: two to six letters (digits allowed), all letters capitals, no Roman numeral. */
    static boolean isAbbreviation(String word) {
        if (word.length() < MIN_LETTERS || word.length() > MAX_LETTERS || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        int letters = 0;
        boolean roman = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
                roman &= c == 'I' || c == 'V' || c == 'X';
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return letters >= MIN_LETTERS && !roman;
    }
}
