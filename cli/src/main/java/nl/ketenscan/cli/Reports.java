package nl.ketenscan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.ketenscan.report.HtmlReport;
import nl.ketenscan.report.IssuesCsv;
import nl.ketenscan.report.JunitReport;
import nl.ketenscan.report.ResultsJson;
import nl.ketenscan.report.SarifReport;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.baseline.BaselineMatch;
import nl.ketenscan.rules.history.ScanSummary;

/**
 * The outputs a scan folder gets, rendered from the store's results: the formats chosen with
 * {@code --format}, marked against the baseline when there is one, and with the scan recorded in
 * the history folder (and its trend in the HTML report) when there is one.
 *
 * @param history null when no {@code --history} folder was given
 */
record Reports(Set<OutputFormat> formats, BaselineMatch baseline, HistoryFolder history) {

    Reports {
        formats = Set.copyOf(formats);
    }

    /** What {@code demo} and a plain {@code scan} write: the HTML report and results.json. */
    static Reports defaults() {
        return new Reports(Set.of(OutputFormat.HTML, OutputFormat.JSON), BaselineMatch.NONE, null);
    }

    /** @param err where notes about unreadable history files go */
    void write(ScanResults results, Path folder, PrintStream err) {
        List<ScanSummary> trend = List.of();
        if (history != null) {
            history.record(ScanSummary.of(results));
            HistoryFolder.Read read = history.read();
            read.notes().forEach(note -> err.println("ketenscan: note: " + note));
            trend = read.summaries();
        }
        for (OutputFormat format : formats) {
            Path file = folder.resolve(format.fileName());
            switch (format) {
                case HTML -> HtmlReport.write(results, folder, trend);
                case JSON -> ResultsJson.write(results, file);
                case SARIF -> SarifReport.write(results, baseline, file);
                case JUNIT -> JunitReport.write(results, baseline, file);
                case CSV -> IssuesCsv.write(results, baseline, file);
            }
        }
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
