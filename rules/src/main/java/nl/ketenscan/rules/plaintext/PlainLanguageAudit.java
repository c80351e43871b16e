package nl.ketenscan.rules.plaintext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PlainLanguage;
import nl.ketenscan.rules.PlainLanguage.Level;
import nl.ketenscan.rules.PlainLanguage.Rewrite;

/**
 * Judges whether a Dutch text is written at language level B1, the level most residents read,
 * and names the sentences most worth rewriting with the reasons why ("34 woorden", "indien →
 * als", "lijdende vorm: wordt … behandeld").
 *
 * <p>Plain language is not one of the 50 WCAG criteria a municipality must meet, so this is
 * advice reported beside the criteria, never a failure. The measures: words, sentences, words per
 * sentence, syllables per word and the Flesch-Douma reading ease, long sentences and long words,
 * officialese with its B1 alternative, the passive, nominal style and unexplained abbreviations;
 * {@link PlainLanguageThresholds} says where each stops being B1 and why.
 *
 * <p>Only Dutch text is judged (a page declaring {@code lang="nl"}, {@code nl-…} or no language)
 * and only when there is enough of it ({@link PlainLanguageThresholds#minimumWords()}). Pure and
 * thread-safe: one audit can judge pages from many threads.
 */
public final class PlainLanguageAudit {

    private static final OfficialeseWords OFFICIALESE = OfficialeseWords.load();
    private static final int MAX_SENTENCE_SHOWN = 500;
    private static final double MIN_REWRITE_WEIGHT = 1.0;

    private final PlainLanguageThresholds thresholds;

    public PlainLanguageAudit() {
        this(PlainLanguageThresholds.DEFAULTS);
    }

    public PlainLanguageAudit(PlainLanguageThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public PlainLanguageThresholds thresholds() {
        return thresholds;
    }

    /**
     * The plain-language verdict on the main content of a page (without navigation, header,
     * footer, forms and scripts); empty when the page is not in Dutch or has too little text.
     */
    public Optional<PlainLanguage> analyse(PageContent page) {
        if (!isDutch(page.declaredLang())) {
            return Optional.empty();
        }
        return judge(TextBlocks.of(page.document()));
    }

    /**
     * The verdict on a plain text as an editor writes it: paragraphs separated by empty lines,
     * list items starting with "-", "*" or a number; empty when it has too little text.
     */
    public Optional<PlainLanguage> analyseText(String text) {
        return judge(TextBlocks.ofPlainText(text));
    }

    private static boolean isDutch(String lang) {
        String lower = lang.toLowerCase(Locale.ROOT);
        return lower.isEmpty() || lower.equals("nl") || lower.startsWith("nl-");
    }

    private Optional<PlainLanguage> judge(TextBlocks text) {
        UnexplainedAbbreviations abbreviations = UnexplainedAbbreviations.in(text);
        List<SentenceFindings> sentences = new ArrayList<>();
        for (String block : text.blocks()) {
            for (String sentence : DutchSentences.split(block)) {
                SentenceFindings findings = SentenceFindings.measure(sentence, OFFICIALESE, abbreviations, thresholds);
                if (findings.words() > 0) {
                    sentences.add(findings);
                }
            }
        }
        TextMeasures measures = TextMeasures.of(sentences, thresholds);
        if (measures.words() < thresholds.minimumWords()) {
            return Optional.empty();
        }
        double difficulty = measures.difficulty(thresholds);
        Level level = difficulty > thresholds.maxDifficultyForB1() ? Level.ABOVE_B1 : Level.B1_OR_EASIER;
        return Optional.of(new PlainLanguage(measures.words(), measures.sentences(),
                round(measures.avgWordsPerSentence(), 1), round(measures.avgSyllablesPerWord(), 2),
                round(measures.fleschDouma(), 1), round(difficulty, 1), level, rewrites(sentences)));
    }

    /** The heaviest sentences first; a sentence that occurs twice on the page is suggested once. */
    private List<Rewrite> rewrites(List<SentenceFindings> sentences) {
        record Weighed(SentenceFindings sentence, double weight) {
        }
        List<Weighed> worthIt = new ArrayList<>();
        for (SentenceFindings sentence : sentences) {
            double weight = sentence.rewriteWeight(thresholds);
            if (weight >= MIN_REWRITE_WEIGHT) {
                worthIt.add(new Weighed(sentence, weight));
            }
        }
        worthIt.sort(Comparator.comparingDouble((Weighed w) -> -w.weight()));
        Set<String> seen = new HashSet<>();
        List<Rewrite> rewrites = new ArrayList<>();
        for (Weighed weighed : worthIt) {
            if (rewrites.size() == thresholds.maxRewrites()) {
                break;
            }
            SentenceFindings sentence = weighed.sentence();
            if (seen.add(sentence.text())) {
                rewrites.add(new Rewrite(shown(sentence.text()), sentence.reasons(thresholds)));
            }
        }
        return rewrites;
    }

    private static String shown(String sentence) {
        return sentence.length() <= MAX_SENTENCE_SHOWN ? sentence : sentence.substring(0, MAX_SENTENCE_SHOWN) + "…";
    }

    private static double round(double value, int decimals) {
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }
}
