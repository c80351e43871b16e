package nl.ketenscan.rules.plaintext;

/**
 * Where plain Dutch ends: the limits the plain-language audit measures a text against. Each
 * measure scores 50 (of 100) exactly at its limit; {@code difficulty} is their weighted mean, and
 * a text above {@code maxDifficultyForB1} is "above-B1".
 *
 * <p>Defaults ({@link #DEFAULTS}) and where they come from:
 * <ul>
 * <li>{@code minimumWords} 40: most municipal product pages, news items and letters hold 40 to 150
 *     words, so a higher minimum silences the texts editors write most (at 100, 20 of 48 documents
 *     of a municipal corpus got no verdict). Below 40 words of running text (labels, menus, lists of
 *     links and table cells are not counted) a page is a form, an index or a dashboard rather than
 *     a text. What a short text's few sentences cannot say is not hidden behind the minimum but shown
 *     beside the verdict: the difficulty's 80% band from a bootstrap over its sentences, and whether
 *     the level holds across it ({@code PlainLanguage.Uncertainty}).</li>
 * <li>{@code longSentenceWords} 20 and {@code maxAvgWordsPerSentence} 15: B1 writing guidance for
 *     Dutch government texts (Rijksoverheid's Direct Duidelijk and the B1 writing courses built on
 *     it) advises short sentences, on average 10 to 15 words, and few over 20.</li>
 * <li>{@code fleschDoumaB1} 60: Douma's adaptation of Flesch's reading ease to Dutch (W.H. Douma,
 *     1960: 206.84 − 0.93 × words per sentence − 77 × syllables per word) rates 60–70 as
 *     "normal" and below 60 as "fairly difficult"; B1 texts score above 60.</li>
 * <li>{@code longWordSyllables} 5: Dutch writes compounds as one word, so four syllables
 *     (in-for-ma-tie, on-der-steu-ning) are ordinary; from five on (bij-stands-uit-ke-ring) a
 *     word is worth splitting or replacing.</li>
 * <li>The shares and rates (long sentences 20%, officialese 1 per 100 words, passive in 20% of
 *     sentences, nominalisations 3 per 100 words, unexplained abbreviations 1 per 100 words, long
 *     words 8%) turn the B1 advice "short sentences, everyday words, active voice, verbs rather
 *     than nouns, no unexplained abbreviations" into numbers. They are ketenscan's own, calibrated
 *     on its evaluation set of municipal texts before and after a rewrite into B1 (see the
 *     plain-language benchmark), not a published standard.</li>
 * <li>{@code maxUncommonWordShare} 4%: the share of words (written in lower case, so no names)
 *     that are neither among the 16,000 most frequent words of spoken Dutch ({@code woordfrequentie.txt},
 *     source and license beside it) nor a regular form or compound of them. On ketenscan's evaluation
 *     set of 23 municipal texts before and after a rewrite into B1 (long and short) the rewrites hold
 *     0 to 7.5% (median 1.4%), the originals 1.5 to 14.7% (median 7.6%), and every rewrite fewer
 *     than its original; at 4%, 20 of the 23 rewrites lie below and 21 of the 23 originals above. Word frequency is the
 *     measure readability research on Dutch (SUBTLEX-NL, LiNT-II) finds predicts understanding best.</li>
 * <li>{@code maxDifficultyForB1} 50: the point where a text sits exactly at every limit above,
 *     since each measure scores 50 at its limit.</li>
 * <li>{@code maxRewrites} 5: what an editor takes on for one page; more is a list, not advice.</li>
 * </ul>
 *
 * @param maxRewrites how many sentences to suggest for rewriting per page at most
 */
public record PlainLanguageThresholds(int minimumWords, int longSentenceWords, int longWordSyllables,
                                      double fleschDoumaB1, double maxAvgWordsPerSentence,
                                      double maxLongSentenceShare, double maxOfficialesePer100Words,
                                      double maxPassiveShare, double maxNominalisationsPer100Words,
                                      double maxAbbreviationsPer100Words, double maxLongWordShare,
                                      double maxUncommonWordShare, double maxDifficultyForB1, int maxRewrites) {

    public static final PlainLanguageThresholds DEFAULTS = new PlainLanguageThresholds(
            40, 20, 5, 60, 15, 0.20, 1.0, 0.20, 3.0, 1.0, 0.08, 0.04, 50, 5);

    public PlainLanguageThresholds {
        requirePositive(minimumWords, "minimumWords");
        requirePositive(longSentenceWords, "longSentenceWords");
        requirePositive(longWordSyllables, "longWordSyllables");
        requirePositive(maxAvgWordsPerSentence, "maxAvgWordsPerSentence");
        requirePositive(maxLongSentenceShare, "maxLongSentenceShare");
        requirePositive(maxOfficialesePer100Words, "maxOfficialesePer100Words");
        requirePositive(maxPassiveShare, "maxPassiveShare");
        requirePositive(maxNominalisationsPer100Words, "maxNominalisationsPer100Words");
        requirePositive(maxAbbreviationsPer100Words, "maxAbbreviationsPer100Words");
        requirePositive(maxLongWordShare, "maxLongWordShare");
        requirePositive(maxUncommonWordShare, "maxUncommonWordShare");
        if (maxRewrites < 0) {
            throw new IllegalArgumentException("maxRewrites must be 0 or more, was " + maxRewrites);
        }
    }

    /** These thresholds with another length from which a sentence counts as long. */
    public PlainLanguageThresholds withLongSentenceWords(int words) {
        return new PlainLanguageThresholds(minimumWords, words, longWordSyllables, fleschDoumaB1,
                maxAvgWordsPerSentence, maxLongSentenceShare, maxOfficialesePer100Words, maxPassiveShare,
                maxNominalisationsPer100Words, maxAbbreviationsPer100Words, maxLongWordShare, maxUncommonWordShare,
                maxDifficultyForB1,
                maxRewrites);
    }

    /** These thresholds with another minimum of words for a text to be judged. */
    public PlainLanguageThresholds withMinimumWords(int words) {
        return new PlainLanguageThresholds(words, longSentenceWords, longWordSyllables, fleschDoumaB1,
                maxAvgWordsPerSentence, maxLongSentenceShare, maxOfficialesePer100Words, maxPassiveShare,
                maxNominalisationsPer100Words, maxAbbreviationsPer100Words, maxLongWordShare, maxUncommonWordShare,
                maxDifficultyForB1,
                maxRewrites);
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be more than 0, was " + value);
        }
    }
}
