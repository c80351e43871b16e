package nl.ketenscan.rules.plaintext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PlainLanguage;
import nl.ketenscan.rules.PlainLanguage.Level;
import nl.ketenscan.rules.PlainLanguage.Rewrite;
import nl.ketenscan.rules.PlainLanguage.Section;
import nl.ketenscan.rules.PlainLanguage.Uncertainty;
import nl.ketenscan.rules.language.LanguageDetector;
import nl.ketenscan.rules.language.LanguageDetector.Mismatch;
import nl.ketenscan.rules.language.SupportedLanguage;
import nl.ketenscan.rules.plaintext.PlainLanguageJudgement.Judged;
import nl.ketenscan.rules.plaintext.PlainLanguageJudgement.NotJudged;
import nl.ketenscan.rules.plaintext.PlainLanguageJudgement.Reason;

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
 * <p>Only text the language detector finds Dutch is judged, whatever the page's {@code lang} says
 * (a page declared Dutch may be English, a page without {@code lang} Dutch), and only when there is
 * enough of it ({@link PlainLanguageThresholds#minimumWords()}); otherwise the judgement says why
 * not. A short text's verdict carries its uncertainty ({@link DifficultyBand}). Pure and
 * thread-safe: one audit can judge pages from many threads.
 */
public final class PlainLanguageAudit {

    private static final OfficialeseWords OFFICIALESE = OfficialeseWords.load();
    private static final WordFamiliarity FAMILIARITY = WordFamiliarity.load();
    private static final int MAX_SENTENCE_SHOWN = 500;
    private static final double MIN_REWRITE_WEIGHT = 1.0;

    private final PlainLanguageThresholds thresholds;
    private final LanguageDetector detector;

    public PlainLanguageAudit() {
        this(PlainLanguageThresholds.DEFAULTS, new LanguageDetector());
    }

    /** @param detector tells Dutch text from text in other languages; share the scan's one */
    public PlainLanguageAudit(PlainLanguageThresholds thresholds, LanguageDetector detector) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    public PlainLanguageThresholds thresholds() {
        return thresholds;
    }

    /**
     * The plain-language verdict on the running text of a page's main content (without navigation,
     * header, footer, forms, scripts, labels and lists of links); empty when the text is not Dutch or
     * too short.
     */
    public Optional<PlainLanguage> analyse(PageContent page) {
        return judge(page).verdict();
    }

    /** The judgement of a page's main text: a verdict, or why there is none. */
    public PlainLanguageJudgement judge(PageContent page) {
        return judge(TextBlocks.of(page.document()));
    }

    /**
     * The verdict on a plain text as an editor writes it: paragraphs separated by empty lines,
     * list items starting with "-", "*" or a number; empty when it is not Dutch or too short.
     */
    public Optional<PlainLanguage> analyseText(String text) {
        return judgeText(text).verdict();
    }

    /** The judgement of a plain text: a verdict, or why there is none. */
    public PlainLanguageJudgement judgeText(String text) {
        return judge(TextBlocks.ofPlainText(text));
    }

    private PlainLanguageJudgement judge(TextBlocks text) {
        UnexplainedAbbreviations abbreviations = UnexplainedAbbreviations.in(text);
        List<SentenceFindings> sentences = new ArrayList<>();
        List<Integer> sectionStarts = new ArrayList<>();
        for (int block = 0; block < text.blocks().size(); block++) {
            if (text.headings().contains(block)) {
                sectionStarts.add(sentences.size());
            }
            for (String sentence : DutchSentences.split(text.blocks().get(block))) {
                SentenceFindings findings = SentenceFindings.measure(sentence, OFFICIALESE, FAMILIARITY, abbreviations,
                        thresholds);
                if (findings.words() > 0) {
                    sentences.add(findings);
                }
            }
        }
        TextMeasures measures = TextMeasures.of(sentences, thresholds);
        Optional<Mismatch> otherLanguage = detector.mismatch(String.join(" ", text.blocks()), SupportedLanguage.DUTCH);
        if (otherLanguage.isPresent()) {
            return new NotJudged(Reason.OTHER_LANGUAGE, measures.words(), otherLanguage.get().language().subtag(),
                    thresholds.minimumWords());
        }
        if (measures.words() < thresholds.minimumWords()) {
            return new NotJudged(Reason.TOO_SHORT, measures.words(), "", thresholds.minimumWords());
        }
        double difficulty = round(measures.difficulty(thresholds), 1);
        Level level = levelOf(difficulty);
        Uncertainty band = DifficultyBand.of(sentences, thresholds);
        Uncertainty uncertainty = new Uncertainty(Math.min(band.difficultyLow(), difficulty),
                Math.max(band.difficultyHigh(), difficulty), band.levelCertain());
        return new Judged(new PlainLanguage(measures.words(), measures.sentences(),
                round(measures.avgWordsPerSentence(), 1), round(measures.avgSyllablesPerWord(), 2),
                round(measures.fleschDouma(), 1), difficulty, level, rewrites(sentences), uncertainty,
                round(measures.uncommonWordShare(), 3), sections(sentences, sectionStarts)));
    }

    /**
     * The sections of a long page, each the sentences from one heading to the next (its heading the
     * first of them), judged as a text of its own when it holds enough words; none when fewer than
     * two sections can be judged, as on a short page, where the page's verdict says it all.
     */
    private List<Section> sections(List<SentenceFindings> sentences, List<Integer> starts) {
        List<Integer> bounds = new ArrayList<>(starts);
        if (bounds.isEmpty() || bounds.get(0) > 0) {
            bounds.add(0, 0);
        }
        bounds.add(sentences.size());
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            List<SentenceFindings> part = sentences.subList(bounds.get(i), bounds.get(i + 1));
            TextMeasures measures = TextMeasures.of(part, thresholds);
            if (measures.words() >= thresholds.minimumWords()) {
                String heading = starts.contains(bounds.get(i)) ? shown(part.get(0).text()) : "";
                double difficulty = round(measures.difficulty(thresholds), 1);
                sections.add(new Section(heading, measures.words(), measures.sentences(),
                        round(measures.fleschDouma(), 1), difficulty, levelOf(difficulty),
                        round(measures.uncommonWordShare(), 3)));
            }
        }
        return sections.size() < 2 ? List.of() : sections;
    }

    private Level levelOf(double difficulty) {
        return difficulty > thresholds.maxDifficultyForB1() ? Level.ABOVE_B1 : Level.B1_OR_EASIER;
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
