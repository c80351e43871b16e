package nl.ketenscan.rules.plaintext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.ketenscan.rules.Message;

/**
 * What one sentence shows of plain or officialese Dutch: its length, its long words, and the
 * officialese, passive, nominal style and unexplained abbreviations in it.
 *
 * @param words         every word, numbers and addresses included: what the reader reads
 * @param languageWords the words written with letters, the ones that have syllables
 * @param passive       the passive found, as "wordt … behandeld"; null when the sentence is active
 * @param judgedWords   the words judged for familiarity: written in lower case, so no names or numbers
 * @param uncommonWords those of them few readers know ({@link WordFamiliarity}), in lower case
 */
record SentenceFindings(String text, int words, int languageWords, int syllables, List<String> longWords,
                        List<OfficialeseWords.Hit> officialese, String passive, List<String> nominalisations,
                        List<String> abbreviations, int judgedWords, List<String> uncommonWords) {

    /** From two nominalisations on a sentence reads as nominal style; one is often the plain word. */
    private static final int NOMINAL_STYLE = 2;
    private static final int LONG_WORDS_SHOWN = 3;
    private static final double LONG_SENTENCE_WEIGHT_PER_10_WORDS = 1.0;
    private static final double LONG_WORD_WEIGHT = 0.3;
    private static final double UNCOMMON_WORD_WEIGHT = 0.3;
    private static final double NOMINALISATION_WEIGHT = 0.5;

    SentenceFindings {
        longWords = List.copyOf(longWords);
        officialese = List.copyOf(officialese);
        nominalisations = List.copyOf(nominalisations);
        abbreviations = List.copyOf(abbreviations);
        uncommonWords = List.copyOf(uncommonWords);
    }

    static SentenceFindings measure(String sentence, OfficialeseWords officialeseWords, WordFamiliarity familiarity,
                                    UnexplainedAbbreviations abbreviations, PlainLanguageThresholds thresholds) {
        List<String> words = DutchWords.of(sentence);
        List<String> lower = new ArrayList<>(words.size());
        List<String> longWords = new ArrayList<>();
        List<String> uncommonWords = new ArrayList<>();
        int languageWords = 0;
        int syllables = 0;
        int judgedWords = 0;
        for (String word : words) {
            String lowerWord = word.toLowerCase(Locale.ROOT);
            lower.add(lowerWord);
            if (DutchWords.isLanguage(word)) {
                int count = DutchSyllables.count(word, lowerWord);
                languageWords++;
                syllables += count;
                if (count >= thresholds.longWordSyllables() && !word.equals(word.toUpperCase(Locale.ROOT))) {
                    longWords.add(word);
                }
            }
            if (WordFamiliarity.isJudged(word, lower.size() == 1)) {
                judgedWords++;
                if (!familiarity.isCommon(lowerWord)) {
                    uncommonWords.add(lowerWord);
                }
            }
        }
        return new SentenceFindings(sentence, words.size(), languageWords, syllables, longWords,
                officialeseWords.find(lower), PassiveVoice.find(lower).orElse(null), Nominalisations.find(lower),
                abbreviations.find(words), judgedWords, uncommonWords);
    }

    boolean isLong(PlainLanguageThresholds thresholds) {
        return words > thresholds.longSentenceWords();
    }

    boolean hasNominalStyle() {
        return nominalisations.size() >= NOMINAL_STYLE;
    }

    /** How much rewriting this sentence would help: the more and the heavier its problems, the more. */
    double rewriteWeight(PlainLanguageThresholds thresholds) {
        double weight = officialese.size() + abbreviations.size() + (passive == null ? 0 : 1)
                + LONG_WORD_WEIGHT * longWords.size() + UNCOMMON_WORD_WEIGHT * uncommonWords.size();
        if (isLong(thresholds)) {
            weight += 1 + LONG_SENTENCE_WEIGHT_PER_10_WORDS * (words - thresholds.longSentenceWords()) / 10.0;
        }
        if (hasNominalStyle()) {
            weight += NOMINALISATION_WEIGHT * nominalisations.size();
        }
        return weight;
    }

    /**
     * Why this sentence is worth rewriting, heaviest reason first, each once: messages
     * ({@code plain-language.*}) quoting the sentence's Dutch words, worded in the report's language.
     */
    List<Message> reasons(PlainLanguageThresholds thresholds) {
        Set<Message> reasons = new LinkedHashSet<>();
        if (isLong(thresholds)) {
            reasons.add(Message.of("plain-language.long", words, thresholds.longSentenceWords()));
        }
        officialese.forEach(hit -> reasons.add(hit.advice()));
        if (passive != null) {
            reasons.add(Message.of("plain-language.passive", passive));
        }
        if (hasNominalStyle()) {
            reasons.add(Message.of("plain-language.nominal", String.join(", ", new LinkedHashSet<>(nominalisations))));
        }
        if (!abbreviations.isEmpty()) {
            reasons.add(Message.of("plain-language.abbreviations", String.join(", ", abbreviations)));
        }
        if (!uncommonWords.isEmpty()) {
            reasons.add(Message.of("plain-language.uncommon-words", String.join(", ",
                    new LinkedHashSet<>(uncommonWords).stream().limit(LONG_WORDS_SHOWN).toList())));
        }
        if (!longWords.isEmpty()) {
            reasons.add(Message.of("plain-language.long-words", String.join(", ",
                    new LinkedHashSet<>(longWords).stream().limit(LONG_WORDS_SHOWN).toList())));
        }
        return List.copyOf(reasons);
    }
}
