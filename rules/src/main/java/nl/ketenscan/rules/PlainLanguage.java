package nl.ketenscan.rules;

import java.util.List;

/**
 * How hard the main text of a page is to read, measured against language level B1 (the level the
 * Rijksoverheid writes at). Not one of the 50 legal criteria: reported beside them, never as a
 * WCAG failure.
 *
 * @param difficulty  ketenscan's combined estimate, 0 to 100, higher is harder
 * @param rewrites    the sentences most worth rewriting, most worthwhile first
 * @param uncertainty how far the difficulty could lie from the estimate on a text of this size; null
 *                    when unknown (a verdict stored before ketenscan measured it)
 * @param uncommonWordShare the share of its words (names and numbers aside) few readers know, 0 to 1;
 *                    null when unknown (a verdict stored before ketenscan measured it)
 * @param sections    the same measures per section (the text under each heading) of a long page,
 *                    in the page's order; empty when fewer than two sections hold enough text to judge
 */
public record PlainLanguage(int words, int sentences, double avgWordsPerSentence, double avgSyllablesPerWord,
                            double fleschDouma, double difficulty, Level level, List<Rewrite> rewrites,
                            Uncertainty uncertainty, Double uncommonWordShare, List<Section> sections) {

    public PlainLanguage {
        rewrites = List.copyOf(rewrites);
        sections = List.copyOf(sections);
    }

    /** A verdict without word familiarity and sections, as stored before ketenscan measured them. */
    public PlainLanguage(int words, int sentences, double avgWordsPerSentence, double avgSyllablesPerWord,
                         double fleschDouma, double difficulty, Level level, List<Rewrite> rewrites,
                         Uncertainty uncertainty) {
        this(words, sentences, avgWordsPerSentence, avgSyllablesPerWord, fleschDouma, difficulty, level, rewrites,
                uncertainty, null, List.of());
    }

    /** A verdict without its uncertainty, as stored before ketenscan measured it. */
    public PlainLanguage(int words, int sentences, double avgWordsPerSentence, double avgSyllablesPerWord,
                         double fleschDouma, double difficulty, Level level, List<Rewrite> rewrites) {
        this(words, sentences, avgWordsPerSentence, avgSyllablesPerWord, fleschDouma, difficulty, level, rewrites,
                null);
    }

    /**
     * The band the difficulty lies in with 80% confidence, from the text's own sentences: a short
     * text of a few sentences has a wide band, a long one a narrow band.
     *
     * @param levelCertain the whole band lies on one side of the B1 limit, so the level holds; when
     *                     false, another text of the same kind and size could have the other level
     */
    public record Uncertainty(double difficultyLow, double difficultyHigh, boolean levelCertain) {
    }

    /**
     * One section of a long page, judged like the page: where an editor should start.
     *
     * @param heading the heading that opens the section, as written; empty for the text above the first
     */
    public record Section(String heading, int words, int sentences, double fleschDouma, double difficulty,
                          Level level, double uncommonWordShare) {
    }

    public enum Level {
        B1_OR_EASIER("B1-or-easier"), ABOVE_B1("above-B1");

        private final String id;

        Level(String id) {
            this.id = id;
        }

        /** The name used in results.json. */
        public String id() {
            return id;
        }

        public static Level fromId(String id) {
            for (Level level : values()) {
                if (level.id.equals(id)) {
                    return level;
                }
            }
            throw new IllegalArgumentException("unknown level: " + id);
        }
    }

    /**
     * A sentence worth rewriting and why, each reason a message the report words in its language
     * ("34 woorden (langer dan 20)", "34 words (longer than 20)"; "indien → als" in both), quoting the
     * Dutch words of the sentence.
     */
    public record Rewrite(String sentence, List<Message> reasons) {

        public Rewrite {
            reasons = List.copyOf(reasons);
        }
    }
}
