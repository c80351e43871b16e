package nl.ketenscan.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.baseline.BaselineMatch;
import nl.ketenscan.rules.history.ScanSummary;

/**
 * What every output is written from: the chain's assessment and how the user asked to see it.
 *
 * @param baseline the accepted issues the CI outputs mark; {@link BaselineMatch#NONE} when there is none
 * @param language the language of the HTML report, the deviations CSV, the WCAG-EM evaluation and the messages
 *                 in results.json: Dutch, or English for {@code en}
 * @param history  the recorded scans (this one included) whose trend the HTML report shows; may be empty
 */
public record ReportInput(ChainAssessment assessment, BaselineMatch baseline, Locale language,
                          List<ScanSummary> history) {

    public ReportInput {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(language, "language");
        history = List.copyOf(history);
    }

    /** The assessment in Dutch, without a baseline or a history. */
    public static ReportInput of(ChainAssessment assessment) {
        return new ReportInput(assessment, BaselineMatch.NONE, ReportText.DUTCH, List.of());
    }
}
