package nl.ketenscan.rules.instructions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 *
 * <p>A word that stands alone in the phrase, between spaces or at its ends, and is made of ASCII
 * letters and digits, is looked up among the text's words: the regex bounds it by white space or by
 * its own look-arounds (no letter or digit before or after), and only letters fold to an ASCII
 * letter. A word joined to a group, such as {@code menu} in {@code (rechter|linker)menu}, is
 * looked for anywhere in the text.
 */
final class RequiredWords {

    private static final RequiredWords NONE = new RequiredWords(List.of());
    private static final Pattern LOOKED_UP = Pattern.compile("[a-z0-9]+");

    /** Per part, its words; a match holds at least one word of every part. */
    private final List<List<Word>> parts;

    private RequiredWords(List<List<Word>> parts) {
        this.parts = parts;
    }

    /** A word of a part, case-folded; {@code alone} when the text holds it as a word of its own. */
    private record Word(String text, boolean alone) {

        boolean in(Text text) {
            return alone ? text.words().contains(this.text) : text.folded().contains(this.text);
        }
    }

    /** A text as this class reads it: case-folded as the regex folds it, and its words (runs of letters and digits). */
    record Text(String folded, Set<String> words) {

        static Text of(CharSequence text) {
            StringBuilder folded = new StringBuilder(text.length());
            Set<String> words = new HashSet<>();
            int wordStart = 0;
            int i = 0;
            while (i < text.length()) {
                int c = Character.codePointAt(text, i);
                int length = Character.charCount(c);
                if (!isLetterOrNumber(c)) {
                    addWord(words, folded, wordStart);
                    wordStart = folded.length() + length;
                }
                for (int j = i; j < i + length; j++) {
                    folded.append(fold(text.charAt(j)));
                }
                i += length;
            }
            addWord(words, folded, wordStart);
            return new Text(folded.toString(), words);
        }

        private static void addWord(Set<String> words, StringBuilder folded, int start) {
            if (start < folded.length()) {
                words.add(folded.substring(start));
            }
        }

        /** What the regex's {@code [\p{L}\p{N}]} matches. */
        private static boolean isLetterOrNumber(int c) {
            return switch (Character.getType(c)) {
                case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                        Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                        Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
                default -> false;
            };
        }
    }

    /** Whether the text holds a word of every part; false means the phrase cannot match it. */
    boolean allIn(Text text) {
        for (List<Word> part : parts) {
            if (!anyIn(part, text)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyIn(List<Word> words, Text text) {
        for (Word word : words) {
            if (word.in(text)) {
                return true;
            }
        }
        return false;
    }

    static RequiredWords of(String phrase) {
        List<List<Word>> parts = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean wordAfterSpace = true;
        int i = 0;
        while (i < phrase.length()) {
            char c = phrase.charAt(i);
            if (c == '(') {
                int close = phrase.indexOf(')', i);
                if (close < 0 || phrase.substring(i + 1, close).indexOf('(') >= 0) {
                    return NONE;
                }
                addWord(parts, word, wordAfterSpace, false);
                boolean groupAfterSpace = i == 0 || phrase.charAt(i - 1) == ' ';
                boolean groupBeforeSpace = close == phrase.length() - 1 || phrase.charAt(close + 1) == ' ';
                List<Word> group = longestWords(phrase.substring(i + 1, close), groupAfterSpace, groupBeforeSpace);
                if (!group.isEmpty()) {
                    parts.add(group);
                }
                i = close + 1;
                wordAfterSpace = false;
            } else if (c == ')' || c == '|') {
                return NONE; // an alternative outside parentheses: the whole line is the choice
            } else {
                if (c == ' ') {
                    addWord(parts, word, wordAfterSpace, true);
                    wordAfterSpace = true;
                } else {
                    word.append(c);
                }
                i++;
            }
        }
        addWord(parts, word, wordAfterSpace, true);
        for (List<Word> part : parts) {
            for (Word folded : part) {
                if (!foldsStably(folded.text())) {
                    return NONE;
                }
            }
        }
        // the parts most likely missing first, so most texts are ruled out after a look-up or two
        parts.sort(Comparator.comparingInt((List<Word> part) -> part.size())
                .thenComparing(part -> -part.stream().mapToInt(w -> w.text().length()).min().orElse(0)));
        return new RequiredWords(List.copyOf(parts));
    }

    /**
     * The longest word of each alternative; none when an alternative is empty, since the group then
     * may match nothing. A word at an alternative's edge stands alone when the group does on that side.
     */
    private static List<Word> longestWords(String alternatives, boolean groupAfterSpace, boolean groupBeforeSpace) {
        List<Word> words = new ArrayList<>();
        for (String alternative : alternatives.split("\\|", -1)) {
            String[] inside = alternative.split(" ", -1);
            int longest = 0;
            for (int w = 1; w < inside.length; w++) {
                if (inside[w].length() > inside[longest].length()) {
                    longest = w;
                }
            }
            if (inside[longest].isEmpty()) {
                return List.of();
            }
            boolean afterSpace = longest > 0 || groupAfterSpace;
            boolean beforeSpace = longest < inside.length - 1 || groupBeforeSpace;
            words.add(word(inside[longest], afterSpace && beforeSpace));
        }
        return words;
    }

    private static void addWord(List<List<Word>> parts, StringBuilder word, boolean afterSpace, boolean beforeSpace) {
        if (!word.isEmpty()) {
            parts.add(List.of(word(word.toString(), afterSpace && beforeSpace)));
            word.setLength(0);
        }
    }

    private static Word word(String written, boolean betweenSpaces) {
        String folded = Text.of(written).folded();
        return new Word(folded, betweenSpaces && LOOKED_UP.matcher(folded).matches());
    }

    /**
     * Folding the folded word changes nothing, and it holds no surrogate: then a text character that
     * the regex takes as equal to a word character folds to that same character.
     */
    private static boolean foldsStably(String folded) {
        return folded.chars().noneMatch(c -> Character.isSurrogate((char) c)) && Text.of(folded).folded().equals(folded);
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
