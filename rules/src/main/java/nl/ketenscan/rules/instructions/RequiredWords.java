package nl.ketenscan.rules.instructions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words that every match of a phrase from {@code sensory-phrases.txt} contains, so that a text
 * without them skips the phrase's regex. Each regex tries a word start at every position of the
 * text, in any case; run for every phrase on every block, they took a quarter of a static scan's
 * time, where looking up a few words in the text takes a fraction of that.
 *
 * <p>A phrase is a row of parts: a word outside parentheses, or a group of alternatives. A match
 * holds every part, so it holds each word outside parentheses and, for each group, the longest word
 * of one of its alternatives. Text and words are compared case-folded the way the regex compares
 * them: {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE} takes two characters as
 * equal when {@code toLowerCase(toUpperCase(c))} is. So a text this class rules out can never match;
 * a phrase whose syntax it does not know, or whose words do not fold this way, is never ruled out.
 */
final class RequiredWords {

    private static final RequiredWords NONE = new RequiredWords(List.of());

    /** Per part, its words, case-folded; a match holds at least one word of every part. */
    private final List<List<String>> parts;

    private RequiredWords(List<List<String>> parts) {
        this.parts = parts;
    }

    /** Whether a text, {@link #fold folded}, holds a word of every part; false means the phrase cannot match. */
    boolean allIn(String foldedText) {
        for (List<String> part : parts) {
            if (!anyIn(part, foldedText)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyIn(List<String> words, String foldedText) {
        for (String word : words) {
            if (foldedText.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The text with each character folded as the regex folds it, so {@link #allIn} may use plain look-ups. */
    static String fold(CharSequence text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(fold(text.charAt(i)));
        }
        return folded.toString();
    }

    static RequiredWords of(String phrase) {
        List<List<String>> parts = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < phrase.length()) {
            char c = phrase.charAt(i);
            if (c == '(') {
                int close = phrase.indexOf(')', i);
                if (close < 0 || phrase.substring(i + 1, close).indexOf('(') >= 0) {
                    return NONE;
                }
                addWord(parts, word);
                List<String> group = longestWords(phrase.substring(i + 1, close));
                if (!group.isEmpty()) {
                    parts.add(group);
                }
                i = close + 1;
            } else if (c == ')' || c == '|') {
                return NONE; // an alternative outside parentheses: the whole line is the choice
            } else {
                if (c == ' ') {
                    addWord(parts, word);
                } else {
                    word.append(c);
                }
                i++;
            }
        }
        addWord(parts, word);
        for (List<String> part : parts) {
            for (String folded : part) {
                if (!foldsStably(folded)) {
                    return NONE;
                }
            }
        }
        // the parts most likely missing first, so most texts are ruled out after a look-up or two
        parts.sort(Comparator.comparingInt((List<String> part) -> part.size())
                .thenComparing(part -> -part.stream().mapToInt(String::length).min().orElse(0)));
        return new RequiredWords(List.copyOf(parts));
    }

    /** The longest word of each alternative; none when an alternative is empty, since the group then may match nothing. */
    private static List<String> longestWords(String alternatives) {
        List<String> words = new ArrayList<>();
        for (String alternative : alternatives.split("\\|", -1)) {
            String longest = List.of(alternative.split(" ")).stream()
                    .max(Comparator.comparingInt(String::length)).orElse("");
            if (longest.isEmpty()) {
                return List.of();
            }
            words.add(fold(longest));
        }
        return words;
    }

    private static void addWord(List<List<String>> parts, StringBuilder word) {
        if (!word.isEmpty()) {
            parts.add(List.of(fold(word)));
            word.setLength(0);
        }
    }

    /**
     * Folding the folded word changes nothing, and it holds no surrogate: then a text character that
     * the regex takes as equal to a word character folds to that same character.
     */
    private static boolean foldsStably(String folded) {
        return folded.chars().noneMatch(c -> Character.isSurrogate((char) c)) && fold(folded).equals(folded);
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
