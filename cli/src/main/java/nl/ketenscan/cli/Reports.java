package nl.ketenscan.cli;

import java.nio.file.Path;
import java.util.function.Function;

import nl.ketenscan.report.DeviationsCsv;
import nl.ketenscan.report.HtmlReport;
import nl.ketenscan.report.ResultsJson;
import nl.ketenscan.report.WcagEmEvaluation;
import nl.ketenscan.rules.ScanResults;

/** Every output a scan folder gets, rendered from the store's results. */
final class Reports {

    /**
     * The official Dutch name of a success criterion number, and its W3C id ({@code non-text-content}
     * for 1.1.1). Both belong to the criteria catalogue; without it the deviations show numbers only
     * and the WCAG-EM evaluation carries the sample but no assertions.
     */
    private static final Function<String, String> CRITERION_NAME = criterion -> null;
    private static final Function<String, String> W3C_ID = criterion -> null;

    private Reports() {
    }

    static void write(ScanResults results, Path folder) {
        ResultsJson.write(results, folder.resolve("results.json"));
        HtmlReport.write(results, folder, CRITERION_NAME);
        DeviationsCsv.write(results, folder, CRITERION_NAME);
        WcagEmEvaluation.write(results, folder, W3C_ID);
    }
}
