package nl.ketenscan.rules.plaintext;

import java.util.List;

/**
 * The measures of a whole text, summed over its sentences, and the difficulty they add up to.
 *
 * <p>Each measure becomes a score from 0 to 100 that is 50 exactly at its B1 limit in
 * {@link PlainLanguageThresholds} and grows linearly beyond it; {@code difficulty} is their
 * weighted mean. Reading ease (Flesch-Douma) weighs most because it is the one published,
 * validated measure; sentence length and officialese next, because B1 guidance names them first.
 */
record TextMeasures(int words, int sentences, int languageWords, int syllables, int longSentences, int longWords,
                    int officialese, int passiveSentences, int nominalisations, int abbreviations, int judgedWords,
                    int uncommonWords) {

    /**
     * Reading ease and long words count syllables; word frequency predicts understanding better, so
     * uncommon words took a tenth of the weight from those two.
     */
    private static final double READING_EASE_WEIGHT = 0.25;
    private static final double SENTENCE_LENGTH_WEIGHT = 0.15;
    private static final double LONG_SENTENCES_WEIGHT = 0.10;
    private static final double LONG_WORDS_WEIGHT = 0.05;
    private static final double UNCOMMON_WORDS_WEIGHT = 0.10;
    private static final double OFFICIALESE_WEIGHT = 0.15;
    private static final double PASSIVE_WEIGHT = 0.10;
    private static final double NOMINALISATIONS_WEIGHT = 0.05;
    private static final double ABBREVIATIONS_WEIGHT = 0.05;

    /** Difficulty points per point of reading ease below the B1 limit: 40 points below scores 100. */
    private static final double POINTS_PER_READING_EASE = 1.25;
    /** Difficulty points per word of average sentence length above the limit: 10 words more scores 100. */
    private static final double POINTS_PER_SENTENCE_WORD = 5;
    private static final double AT_LIMIT = 50;

    static TextMeasures of(List<SentenceFindings> sentences, PlainLanguageThresholds thresholds) {
        int words = 0;
        int languageWords = 0;
        int syllables = 0;
        int longSentences = 0;
        int longWords = 0;
        int officialese = 0;
        int passive = 0;
        int nominalisations = 0;
        int abbreviations = 0;
        int judgedWords = 0;
        int uncommonWords = 0;
        for (SentenceFindings sentence : sentences) {
            words += sentence.words();
            languageWords += sentence.languageWords();
            syllables += sentence.syllables();
            longSentences += sentence.isLong(thresholds) ? 1 : 0;
            longWords += sentence.longWords().size();
            officialese += sentence.officialese().size();
            passive += sentence.passive() == null ? 0 : 1;
            nominalisations += sentence.nominalisations().size();
            abbreviations += sentence.abbreviations().size();
            judgedWords += sentence.judgedWords();
            uncommonWords += sentence.uncommonWords().size();
        }
        return new TextMeasures(words, sentences.size(), languageWords, syllables, longSentences, longWords,
                officialese, passive, nominalisations, abbreviations, judgedWords, uncommonWords);
    }

    /** The share of the judged words few readers know; 0 when no word was judged. */
    double uncommonWordShare() {
        return share(uncommonWords, judgedWords);
    }

    double avgWordsPerSentence() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }

    double avgSyllablesPerWord() {
        return languageWords == 0 ? 0 : (double) syllables / languageWords;
    }

    /** Douma (1960): 206.84 − 0.93 × words per sentence − 77 × syllables per word. */
    double fleschDouma() {
        return 206.84 - 0.93 * avgWordsPerSentence() - 77 * avgSyllablesPerWord();
    }

    /** 0 to 100, higher is harder; 50 is a text exactly at every B1 limit. */
    double difficulty(PlainLanguageThresholds limits) {
        double readingEase = AT_LIMIT + (limits.fleschDoumaB1() - fleschDouma()) * POINTS_PER_READING_EASE;
        double sentenceLength = AT_LIMIT
                + (avgWordsPerSentence() - limits.maxAvgWordsPerSentence()) * POINTS_PER_SENTENCE_WORD;
        double score = READING_EASE_WEIGHT * clamp(readingEase)
                + SENTENCE_LENGTH_WEIGHT * clamp(sentenceLength)
                + LONG_SENTENCES_WEIGHT * relative(share(longSentences, sentences), limits.maxLongSentenceShare())
                + LONG_WORDS_WEIGHT * relative(share(longWords, languageWords), limits.maxLongWordShare())
                + UNCOMMON_WORDS_WEIGHT * relative(uncommonWordShare(), limits.maxUncommonWordShare())
                + OFFICIALESE_WEIGHT * relative(per100Words(officialese), limits.maxOfficialesePer100Words())
                + PASSIVE_WEIGHT * relative(share(passiveSentences, sentences), limits.maxPassiveShare())
                + NOMINALISATIONS_WEIGHT * relative(per100Words(nominalisations),
                        limits.maxNominalisationsPer100Words())
                + ABBREVIATIONS_WEIGHT * relative(per100Words(abbreviations), limits.maxAbbreviationsPer100Words());
        return clamp(score);
    }

    private double per100Words(int count) {
        return words == 0 ? 0 : 100.0 * count / words;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** 0 for none, 50 at the limit, 100 at twice the limit and beyond. */
    private static double relative(double value, double limit) {
        return clamp(AT_LIMIT * value / limit);
    }

    private static double clamp(double score) {
        return Math.max(0, Math.min(100, score));
    }
}
