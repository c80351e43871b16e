package nl.ketenscan.cli;

import java.nio.file.Path;

import nl.ketenscan.report.DeviationsCsv;
import nl.ketenscan.report.HtmlReport;
import nl.ketenscan.report.ResultsJson;
import nl.ketenscan.report.WcagEmEvaluation;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.SiteAudit;

/**
 * Every output a scan folder gets, rendered from the store's results. The site rules run here, on
 * the stored results, so that a report rendered again from the store has the same site findings.
 */
final class Reports {

    private Reports() {
    }

    /** @return the results as the reports show them, site findings included, for a summary that agrees */
    static ScanResults write(ScanResults results, Path folder) {
        ScanResults audited = SiteAudit.apply(results);
        ResultsJson.write(audited, folder.resolve("results.json"));
        HtmlReport.write(audited, folder);
        DeviationsCsv.write(audited, folder);
        WcagEmEvaluation.write(audited, folder);
        return audited;
    }
}
