package nl.ketenscan.rules.plaintext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a block of Dutch text (a paragraph, a list item, a heading) into sentences.
 *
 * <p>A sentence ends at . ! ? or … followed by a space, so numbers (3.500, € 12,50), times
 * (10.30 uur), dates (01.02.2025) and web addresses never split. A full stop after an
 * abbreviation does not end the sentence either: titles and abbreviations that stand inside a
 * sentence (bijv., o.a., d.w.z., nr., mr., art., jan.) never do, and those that often close one
 * (enz., etc.) only when a capital follows. A full stop ends a sentence only before a capital, a
 * digit or an opening quote, so "ca. twintig" stays whole; the number that opens a numbered list
 * item ("1. Vul het formulier in") is kept with its item. List items and headings without a full
 * stop are blocks of their own, so they are sentences of their own.
 */
final class DutchSentences {

    private DutchSentences() {
    }

    static List<String> split(String block) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        int length = block.length();
        while (i < length) {
            char c = block.charAt(i);
            if (!isTerminal(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < length && (isTerminal(block.charAt(end)) || isClosing(block.charAt(end)))) {
                end++;
            }
            if (end < length && Character.isWhitespace(block.charAt(end))
                    && endsSentence(block, start, i, end)) {
                add(sentences, block.substring(start, end));
                start = end;
            }
            i = end;
        }
        add(sentences, block.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) {
            sentences.add(trimmed);
        }
    }

    private static boolean endsSentence(String block, int start, int mark, int end) {
        int next = end;
        while (next < block.length() && Character.isWhitespace(block.charAt(next))) {
            next++;
        }
        if (next == block.length()) {
            return true;
        }
        char following = block.charAt(next);
        boolean opensNext = Character.isUpperCase(following) || isOpening(following);
        if (block.charAt(mark) == '!' || block.charAt(mark) == '?') {
            return true;
        }
        if (block.charAt(mark) == '…' || mark + 1 < end && block.charAt(mark + 1) == '.') {
            return opensNext;
        }
        String written = wordBefore(block, start, mark);
        String word = written.toLowerCase(Locale.ROOT);
        if (DottedAbbreviations.standsInside(word) || isInitial(written)) {
            return false;
        }
        if (DottedAbbreviations.mayEndSentence(word)) {
            return opensNext;
        }
        if (isListNumber(block, start, mark, word)) {
            return false;
        }
        return opensNext || Character.isDigit(following);
    }

    /** The word the full stop at {@code mark} closes, with that full stop. */
    private static String wordBefore(String block, int start, int mark) {
        int from = mark;
        while (from > start && !Character.isWhitespace(block.charAt(from - 1))) {
            from--;
        }
        while (from < mark && isOpening(block.charAt(from))) {
            from++;
        }
        return block.substring(from, mark + 1);
    }

    /** "J." in "J. de Vries"; a lower-case "u." ends a sentence ("Wij bellen u."). */
    private static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0));
    }

    /** "1." or "a." as the first word of a sentence: the number of a list item. */
    private static boolean isListNumber(String block, int start, int mark, String word) {
        String before = block.substring(start, mark + 1 - word.length()).strip();
        if (!before.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length() - 1; i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return word.length() > 1 && word.length() <= 3;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’' || c == '»';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\'' || c == '(' || c == '[' || c == '“' || c == '‘' || c == '„' || c == '«';
    }
}
