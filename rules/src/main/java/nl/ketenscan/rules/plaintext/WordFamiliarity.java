package nl.ketenscan.rules.plaintext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a Dutch word is one most readers know: among the most frequent words of spoken Dutch
 * ({@code woordfrequentie.txt}, its source and license beside it), or a compound of two such words
 * (identiteits-bewijs, afval-container), since Dutch writes compounds as one word and a reader who
 * knows both parts reads the whole. Word frequency predicts understanding better than the number
 * of syllables: "teneinde" has three syllables and few readers use it, "ondersteuning" has four and
 * every reader knows it.
 *
 * <p>Names are no words to know: a word written with a capital that does not open its sentence is
 * not judged, nor is an abbreviation in capitals or a word with a digit.
 */
final class WordFamiliarity {

    private static final String RESOURCE = "/nl/ketenscan/rules/plaintext/woordfrequentie.txt";
    /**
     * A compound's part is a word of its own from four letters on: shorter parts are mostly function
     * words, which split officialese into everyday words (ten-einde, als-mede).
     */
    private static final int MIN_PART = 4;
    /**
     * Words every reader knows that spoken Dutch seldom uses: subtitles say "je", a municipality
     * writes "u".
     */
    private static final Set<String> WRITTEN_EVERYDAY = Set.of("u", "uzelf");

    private final Set<String> common;

    private WordFamiliarity(Set<String> common) {
        Set<String> words = new HashSet<>(common);
        words.addAll(WRITTEN_EVERYDAY);
        this.common = Set.copyOf(words);
    }

    static WordFamiliarity load() {
        try (InputStream in = WordFamiliarity.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the ketenscan jar; rebuild it");
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
            return new WordFamiliarity(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the ketenscan jar; rebuild it", e);
        }
    }

    /**
     * Whether the word is one to judge: written in lower-case letters (the sentence's first word
     * may start with a capital), so no name, abbreviation, number or address.
     */
    static boolean isJudged(String word, boolean opensSentence) {
        if (!DutchWords.isLanguage(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || c == '.' || Character.isUpperCase(c) && (i > 0 || !opensSentence)) {
                return false;
            }
        }
        return true;
    }

    /** Whether readers know the word: frequent, or a compound of frequent words. */
    boolean isCommon(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return isKnownForm(lower) || isCompound(lower) || isHyphenatedCommon(lower);
    }

    /**
     * A listed word or a regular form of one: the list holds a word in the forms spoken most, so
     * "gemeentelijke" counts by "gemeentelijk", "verenigingen" by "vereniging", "parkeert" by "parkeren".
     */
    private boolean isKnownForm(String word) {
        return common.contains(word)
                || word.endsWith("e") && common.contains(cut(word, 1))
                || word.endsWith("s") && common.contains(cut(word, 1))
                || word.endsWith("en") && common.contains(cut(word, 2))
                || word.endsWith("t") && (common.contains(cut(word, 1)) || common.contains(cut(word, 1) + "en"));
    }

    private static String cut(String word, int letters) {
        return word.substring(0, word.length() - letters);
    }

    /** e-mailadres, 65-plussers: each part known (a part may be a compound itself). */
    private boolean isHyphenatedCommon(String word) {
        if (word.indexOf('-') < 0) {
            return false;
        }
        for (String part : word.split("-")) {
            if (!part.isEmpty() && !isKnownForm(part) && !isCompound(part)) {
                return false;
            }
        }
        return true;
    }

    /** Two known words, with or without the linking s or e(n) between them: identiteit-s-bewijs. */
    private boolean isCompound(String word) {
        for (int split = MIN_PART; split <= word.length() - MIN_PART; split++) {
            String tail = word.substring(split);
            if (!isKnownForm(tail)) {
                continue;
            }
            String head = word.substring(0, split);
            if (common.contains(head) || linked(head, "s") || linked(head, "e") || linked(head, "en")) {
                return true;
            }
        }
        return false;
    }

    private boolean linked(String head, String link) {
        return head.length() - link.length() >= MIN_PART && head.endsWith(link)
                && common.contains(head.substring(0, head.length() - link.length()));
    }
}
