package nl.ketenscan.rules.language;

import java.util.Arrays;
import java.util.Optional;
import java.util.SortedMap;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Tells whether a text is written in the language it is said to be in. One instance serves every
 * page and every worker thread: the models load once, on first use, and are only read after that.
 *
 * <p>Wraps lingua, restricted to the {@link SupportedLanguage}s and in its low-accuracy mode, which
 * reads only the trigram models (and a trigram's bigram and unigram when the trigram is unknown):
 * for these eight languages they load in 0.5 to 2 s into about 11 MB of heap, where lingua's full
 * models take 6.5 s and 259 MB (measured with {@code bench/run}, see bench/README.md). Low accuracy
 * is weaker on texts under about 120 characters; the margins below were calibrated on passages of
 * that size, and the rules judge no shorter text.
 *
 * <p>lingua's confidence values are relative: the likeliest language scores 1 and every other
 * language a fraction of that. The margin of a mismatch is how far the expected language stays
 * below the likeliest one.
 */
public final class LanguageDetector {

    /**
     * From this margin a mismatch is certain. Measured on municipal passages of 12 to 60 words:
     * English on a Dutch page scored 0.14 to 0.35 against Dutch, most above 0.18; Dutch passages
     * crowded with English ("Check de app, download de update… Support via chat") came out English
     * at 0.11 to 0.16, and Dutch again once they ran to 35 words.
     */
    private static final double CERTAIN_MARGIN = 0.18;
    /** Below this the detector cannot tell: English full of Dutch terms scores about 0.1 either way. */
    private static final double POSSIBLE_MARGIN = 0.10;

    /**
     * About 150 words, plenty to tell a language by; lingua's time grows with the length (0.27 µs a
     * character, plus 30 µs a call, measured on the bench page).
     */
    private static final int SAMPLE_LENGTH = 1_000;

    private volatile com.github.pemistahl.lingua.api.LanguageDetector lingua;

    public LanguageDetector() {
        // the models load on first use, so that building the rule list costs nothing
    }

    /**
     * Whether {@code text} is in another language than {@code expected}: empty when it is in the
     * expected language, or when the detector cannot tell.
     */
    Optional<Mismatch> mismatch(String text, SupportedLanguage expected) {
        SortedMap<Language, Double> confidences = lingua().computeLanguageConfidenceValues(sample(text));
        if (confidences.isEmpty()) {
            return Optional.empty();
        }
        Optional<SupportedLanguage> likeliest = SupportedLanguage.ofLingua(confidences.firstKey());
        if (likeliest.isEmpty() || likeliest.get() == expected) {
            return Optional.empty();
        }
        double margin = confidences.get(confidences.firstKey()) - confidences.getOrDefault(expected.lingua(), 0.0);
        if (margin < POSSIBLE_MARGIN) {
            return Optional.empty();
        }
        return Optional.of(new Mismatch(likeliest.get(), margin >= CERTAIN_MARGIN));
    }

    /** The text's start, cut between words: more text costs time and no longer adds certainty. */
    private static String sample(String text) {
        if (text.length() <= SAMPLE_LENGTH) {
            return text;
        }
        int end = text.lastIndexOf(' ', SAMPLE_LENGTH);
        return text.substring(0, end > 0 ? end : SAMPLE_LENGTH);
    }

    private com.github.pemistahl.lingua.api.LanguageDetector lingua() {
        com.github.pemistahl.lingua.api.LanguageDetector loaded = lingua;
        if (loaded == null) {
            synchronized (this) {
                loaded = lingua;
                if (loaded == null) {
                    loaded = load();
                    lingua = loaded;
                }
            }
        }
        return loaded;
    }

    /**
     * The trigram models load here, so that no page pays for them; the small bigram and unigram
     * models load on first need, under lingua's own lock, which also guards every look-up.
     */
    private static com.github.pemistahl.lingua.api.LanguageDetector load() {
        Language[] languages = Arrays.stream(SupportedLanguage.values()).map(SupportedLanguage::lingua)
                .toArray(Language[]::new);
        return LanguageDetectorBuilder.fromLanguages(languages).withLowAccuracyMode()
                .withPreloadedLanguageModels().build();
    }

    /**
     * The text looks like {@code language}; {@code certain} when the margin leaves no reasonable
     * doubt, otherwise a person should look.
     */
    record Mismatch(SupportedLanguage language, boolean certain) {
    }
}
