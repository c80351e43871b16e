package nl.ketenscan.rules;

import java.util.List;

/**
 * How hard the main text of a page is to read, measured against language level B1 (the level the
 * Rijksoverheid writes at). Not one of the 50 legal criteria: reported beside them, never as a
 * WCAG failure.
 *
 * @param difficulty ketenscan's combined estimate, 0 to 100, higher is harder
 * @param rewrites   the sentences most worth rewriting, most worthwhile first
 */
public record PlainLanguage(int words, int sentences, double avgWordsPerSentence, double avgSyllablesPerWord,
                            double fleschDouma, double difficulty, Level level, List<Rewrite> rewrites) {

    public PlainLanguage {
        rewrites = List.copyOf(rewrites);
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
     * A sentence worth rewriting and why, in Dutch, e.g. "34 woorden" or "indien → als".
     */
    public record Rewrite(String sentence, List<String> reasons) {

        public Rewrite {
            reasons = List.copyOf(reasons);
        }
    }
}
