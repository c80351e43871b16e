package nl.ketenscan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.ketenscan.report.DeviationsCsv;
import nl.ketenscan.report.HtmlReport;
import nl.ketenscan.report.IssuesCsv;
import nl.ketenscan.report.JunitReport;
import nl.ketenscan.report.ResultsJson;
import nl.ketenscan.report.SarifReport;
import nl.ketenscan.report.WcagEmEvaluation;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.SiteAudit;
import nl.ketenscan.rules.baseline.BaselineMatch;
import nl.ketenscan.rules.history.ScanSummary;

/**
 * The outputs a scan folder gets, rendered from the store's results: the formats chosen with
 * {@code --format}, marked against the baseline when there is one, and with the scan recorded in
 * the history folder (and its trend in the HTML report) when there is one. The site rules run here,
 * on the stored results, so that a report rendered again from the store has the same site findings.
 *
 * @param language the language of the HTML report, the deviations, the WCAG-EM evaluation and results.json
 * @param history  null when no {@code --history} folder was given
 */
record Reports(Set<OutputFormat> formats, Locale language, BaselineMatch baseline, HistoryFolder history) {

    Reports {
        formats = Set.copyOf(formats);
    }

    /**
     * @param err where notes about unreadable history files go
     * @return the results as the reports show them, site findings included, for a summary and gates that agree
     */
    ScanResults write(ScanResults results, Path folder, PrintStream err) {
        ScanResults audited = SiteAudit.apply(results);
        List<ScanSummary> trend = List.of();
        if (history != null) {
            history.record(ScanSummary.of(audited));
            HistoryFolder.Read read = history.read();
            read.notes().forEach(note -> err.println("ketenscan: note: " + note));
            trend = read.summaries();
        }
        for (OutputFormat format : formats) {
            Path file = folder.resolve(format.fileName());
            switch (format) {
                case HTML -> {
                    HtmlReport.write(audited, folder, language, trend);
                    DeviationsCsv.write(audited, folder, language);
                    WcagEmEvaluation.write(audited, folder, language);
                }
                case JSON -> ResultsJson.write(audited, file, language);
                case SARIF -> SarifReport.write(audited, baseline, file);
                case JUNIT -> JunitReport.write(audited, baseline, file);
                case CSV -> IssuesCsv.write(audited, baseline, file);
            }
        }
        return audited;
    }

    /** The line that tells the user where to look: the HTML report, or else the files written. */
    String whereToLook(Path folder) {
        if (formats.contains(OutputFormat.HTML)) {
            return "Report: " + folder.resolve(OutputFormat.HTML.fileName()).toAbsolutePath();
        }
        return "Results in " + folder.toAbsolutePath() + ": "
                + String.join(", ", formats.stream().sorted().map(OutputFormat::fileName).toList());
    }
}
