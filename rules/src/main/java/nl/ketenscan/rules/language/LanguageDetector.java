package nl.ketenscan.rules.language;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Tells which language a text is written in, and whether that is the language it is said to be in.
 * One instance serves every page and every worker thread: the models load once, on first use, and
 * are only read after that.
 *
 * <p>Wraps lingua in its low-accuracy mode, which reads only the trigram models (and a trigram's
 * bigram and unigram when the trigram is unknown), in two steps. The {@linkplain SupportedLanguage#COMMON
 * common languages} first: for these eight the models load in 0.5 to 3 s into about 12 MB of heap.
 * When they give the expected language with a clear lead, that is the answer, as it is for almost
 * every page. Otherwise (another language leads, or the lead is narrow, as for Swedish text among
 * the eight, where Dutch and German score 1.00 and 0.99) all 75 languages lingua knows are asked,
 * so that a Danish page declared Dutch is named Danish, not German. Their models load on the first
 * such text: 9 s on the loaded development machine, 73 MB of heap with the common ones (measured
 * with {@code bench/run}, see bench/README.md), where lingua's full models take 259 MB for eight
 * languages alone. Low accuracy is weaker on texts under about 120 characters; the margins below
 * were calibrated on passages of that size.
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
    static final double CERTAIN_MARGIN = 0.18;
    /** Below this the detector cannot tell: English full of Dutch terms scores about 0.1 either way. */
    private static final double POSSIBLE_MARGIN = 0.10;

    /**
     * About 75 words, four times the passages the margins were calibrated on and plenty to tell a
     * language by; lingua's time grows with the length (0.27 µs a character, plus 30 µs a call,
     * measured on the bench page), and at 1,000 characters one call was half the CPU time static mode
     * spends on a page.
     */
    private static final int SAMPLE_LENGTH = 500;

    /**
     * The verdicts on the texts judged last, a site's repeated blocks among them, across the pages the
     * workers have in hand (half a million characters, about 1 MB). A page's main text is asked about
     * twice, by the page-language rule and by the plain-language audit (is it Dutch?): the second
     * asks for nothing new.
     */
    private static final int REMEMBERED_CHARS = 500_000;

    private final Models common = new Models(true);
    private final Models all = new Models(false);
    private final RecentVerdicts recent = new RecentVerdicts(REMEMBERED_CHARS);

    public LanguageDetector() {
        // the models load on first use, so that building the rule list costs nothing
    }

    /** Loads the common languages' models now, which otherwise load on the first text. */
    public void loadCommonModels() {
        common.get();
    }

    /**
     * Whether {@code text} is in another language than {@code expected}: empty when it is in the
     * expected language, or when the detector cannot tell. A text whose start was judged lately in
     * the same expected language gets that verdict again, without asking lingua.
     */
    public Optional<Mismatch> mismatch(String text, SupportedLanguage expected) {
        String sample = sample(text);
        return recent.verdict(sample, expected, () -> judge(sample, expected));
    }

    private Optional<Mismatch> judge(String sample, SupportedLanguage expected) {
        SortedMap<Language, Double> confidences = common.get().computeLanguageConfidenceValues(sample);
        if (confidences.isEmpty()) {
            return Optional.empty();
        }
        if (confidences.firstKey() != expected.lingua() || lead(confidences) < CERTAIN_MARGIN) {
            confidences = all.get().computeLanguageConfidenceValues(sample);
        }
        Optional<SupportedLanguage> likeliest = SupportedLanguage.ofLingua(confidences.firstKey());
        if (likeliest.isEmpty() || likeliest.get().equals(expected)) {
            return Optional.empty();
        }
        double margin = confidences.get(confidences.firstKey()) - confidences.getOrDefault(expected.lingua(), 0.0);
        if (margin < POSSIBLE_MARGIN) {
            return Optional.empty();
        }
        return Optional.of(new Mismatch(likeliest.get(), margin >= CERTAIN_MARGIN));
    }

    /**
     * The language {@code text} is written in, among all that lingua knows; {@code certain} when no
     * other language comes within the certain margin. Empty when the text has no letters to tell by.
     */
    public Optional<Mismatch> identify(String text) {
        SortedMap<Language, Double> confidences = all.get().computeLanguageConfidenceValues(sample(text));
        if (confidences.isEmpty()) {
            return Optional.empty();
        }
        return SupportedLanguage.ofLingua(confidences.firstKey())
                .map(language -> new Mismatch(language, lead(confidences) >= CERTAIN_MARGIN));
    }

    /** How far the likeliest language is ahead of the next one; 1 when there is no other. */
    private static double lead(SortedMap<Language, Double> confidences) {
        Iterator<Map.Entry<Language, Double>> entries = confidences.entrySet().iterator();
        double first = entries.next().getValue();
        return entries.hasNext() ? first - entries.next().getValue() : 1;
    }

    /** The text's start, cut between words: more text costs time and no longer adds certainty. */
    private static String sample(String text) {
        if (text.length() <= SAMPLE_LENGTH) {
            return text;
        }
        int end = text.lastIndexOf(' ', SAMPLE_LENGTH);
        return text.substring(0, end > 0 ? end : SAMPLE_LENGTH);
    }

    /** One lingua detector, built on first use. */
    private static final class Models {

        private final boolean commonOnly;
        private volatile com.github.pemistahl.lingua.api.LanguageDetector lingua;

        Models(boolean commonOnly) {
            this.commonOnly = commonOnly;
        }

        com.github.pemistahl.lingua.api.LanguageDetector get() {
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
        private com.github.pemistahl.lingua.api.LanguageDetector load() {
            LanguageDetectorBuilder builder = commonOnly
                    ? LanguageDetectorBuilder.fromLanguages(SupportedLanguage.COMMON.toArray(Language[]::new))
                    : LanguageDetectorBuilder.fromAllLanguages();
            return builder.withLowAccuracyMode().withPreloadedLanguageModels().build();
        }
    }

    /**
     * The text looks like {@code language}; {@code certain} when the margin leaves no reasonable
     * doubt, otherwise a person should look.
     */
    public record Mismatch(SupportedLanguage language, boolean certain) {
    }
}
