package nl.ketenscan.rules.plaintext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import nl.ketenscan.rules.PlainLanguage.Uncertainty;

/**
 * How much a text's difficulty owes to which sentences it happens to hold: the text's sentences are
 * drawn again at random, as many as it has, and the difficulty of each such text computed (a
 * bootstrap). The band is the middle 80% of those difficulties. Three sentences give a wide band,
 * forty a narrow one, so a short text's verdict carries its own uncertainty instead of a minimum of
 * words that silences it.
 *
 * <p>Deterministic: the draws come from a fixed seed, so the same text always gets the same band.
 * The band measures only the sampling of sentences, not the error of the measures themselves.
 */
final class DifficultyBand {

    private static final int DRAWS = 100;
    private static final long SEED = 20_260_101L;
    private static final double LOW_QUANTILE = 0.10;
    private static final double HIGH_QUANTILE = 0.90;
    /** Fewer sentences than this say nothing about the spread of sentences: the level is never certain. */
    private static final int MIN_SENTENCES_FOR_CERTAINTY = 3;

    private DifficultyBand() {
    }

    static Uncertainty of(List<SentenceFindings> sentences, PlainLanguageThresholds thresholds) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] difficulties = new double[DRAWS];
        List<SentenceFindings> drawn = new ArrayList<>(sentences.size());
        for (int draw = 0; draw < DRAWS; draw++) {
            drawn.clear();
            for (int i = 0; i < sentences.size(); i++) {
                drawn.add(sentences.get(random.nextInt(sentences.size())));
            }
            difficulties[draw] = TextMeasures.of(drawn, thresholds).difficulty(thresholds);
        }
        Arrays.sort(difficulties);
        double low = round(difficulties[(int) (LOW_QUANTILE * (DRAWS - 1))]);
        double high = round(difficulties[(int) Math.ceil(HIGH_QUANTILE * (DRAWS - 1))]);
        double limit = thresholds.maxDifficultyForB1();
        boolean oneSide = high <= limit || low > limit;
        return new Uncertainty(low, high, oneSide && sentences.size() >= MIN_SENTENCES_FOR_CERTAINTY);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
