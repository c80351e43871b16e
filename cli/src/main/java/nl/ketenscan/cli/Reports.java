package nl.ketenscan.cli;

import java.nio.file.Path;

import nl.ketenscan.report.HtmlReport;
import nl.ketenscan.report.ResultsJson;
import nl.ketenscan.rules.ScanResults;

/** Every output a scan folder gets, rendered from the store's results. */
final class Reports {

    private Reports() {
    }

    static void write(ScanResults results, Path folder) {
        ResultsJson.write(results, folder.resolve("results.json"));
        HtmlReport.write(results, folder);
    }
}
