package nl.ketenscan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nl.ketenscan.report.HtmlReport;
import nl.ketenscan.report.ReportFormat;
import nl.ketenscan.report.ReportInput;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.baseline.BaselineMatch;
import nl.ketenscan.rules.history.ScanSummary;

/**
 * The outputs a scan folder gets, rendered from the chain's assessment: the formats chosen with
 * {@code --format}, marked against the baseline when there is one, and with the scan recorded in
 * the history folder (and its trend in the HTML report) when there is one.
 *
 * @param formats  in the order they are written, companions included
 * @param language the language of the HTML report, the deviations, the WCAG-EM evaluation and results.json
 * @param history  null when no {@code --history} folder was given
 */
record Reports(List<ReportFormat> formats, Locale language, BaselineMatch baseline, HistoryFolder history) {

    Reports {
        formats = List.copyOf(formats);
    }

    /** @param err where notes about unreadable history files go */
    void write(ChainAssessment assessment, Path folder, PrintStream err) {
        List<ScanSummary> trend = List.of();
        if (history != null) {
            history.record(ScanSummary.of(assessment));
            HistoryFolder.Read read = history.read();
            read.notes().forEach(note -> err.println("ketenscan: note: " + note));
            trend = read.summaries();
        }
        ReportInput input = new ReportInput(assessment, baseline, language, trend);
        formats.forEach(format -> format.write(input, folder));
    }

    /** The line that tells the user where to look: the HTML report, or else the files written. */
    String whereToLook(Path folder) {
        return formats.stream().filter(HtmlReport.class::isInstance).findFirst()
                .map(html -> "Report: " + folder.resolve(html.fileName()).toAbsolutePath())
                .orElseGet(() -> "Results in " + folder.toAbsolutePath() + ": "
                        + String.join(", ", formats.stream().map(ReportFormat::fileName).toList()));
    }
}
