package nl.ketenscan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.ketenscan.report.ReportFormat;
import nl.ketenscan.report.ReportFormats;
import nl.ketenscan.report.ReportInput;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Role;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.assessment.ChainAssessment;

/**
 * How long a scan's default outputs take once the crawl is done: the assessment
 * ({@link ChainAssessment#of}) and the HTML report, results.json, the deviations CSV and the WCAG-EM
 * evaluation written from it, for one generated organisation whose every page has ten findings (five
 * template defects, four of them failures, and five of its own). Prints each of four runs; the
 * first ones include the JVM warming up.
 *
 * <p>Usage: {@code ReportBench [pages]}, by default 2,000.
 */
public final class ReportBench {

    private static final int RUNS = 4;
    private static final int TEMPLATE_FINDINGS = 5;
    private static final int OWN_FINDINGS = 5;

    private ReportBench() {
    }

    public static void main(String[] args) throws IOException {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        List<ReportFormat> formats = ReportFormats.chosen(List.of(ReportFormats.DEFAULTS.split(",")));
        ScanResults scan = scan(pages);
        for (int run = 1; run <= RUNS; run++) {
            Path folder = Files.createTempDirectory("ketenscan-report-bench");
            long start = System.nanoTime();
            ChainAssessment assessment = ChainAssessment.of(scan);
            long assessed = System.nanoTime();
            ReportInput input = ReportInput.of(assessment);
            formats.forEach(format -> format.write(input, folder));
            long written = System.nanoTime();
            System.out.printf("run %d, %d pages, %d findings: assessed in %d ms, default outputs written in %d ms%n",
                    run, pages, pages * (TEMPLATE_FINDINGS + OWN_FINDINGS), (assessed - start) / 1_000_000,
                    (written - assessed) / 1_000_000);
        }
    }

    private static ScanResults scan(int pages) {
        List<PageResult> results = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            String url = "https://www.gemeente.example/pagina-" + p;
            List<Finding> findings = new ArrayList<>();
            for (int t = 0; t < TEMPLATE_FINDINGS; t++) {
                findings.add(new Finding("template-rule-" + t, Engine.AXE, outcome(t), List.of("1." + (t % 4 + 1) + ".1"),
                        Impact.SERIOUS, "header > div.t" + t, "<div class=\"t" + t + "\">", "template defect " + t, null));
            }
            for (int c = 0; c < OWN_FINDINGS; c++) {
                findings.add(new Finding("content-rule-" + c, Engine.AXE, outcome(c), List.of("4.1.2"),
                        Impact.MODERATE, "main p#p" + p + "-" + c, "<p id=\"p" + p + "-" + c + "\">", "content defect " + c,
                        null));
            }
            results.add(new PageResult(url, url, 200, "text/html", "Pagina " + p % 500, "nl", null, findings, null, 0, 0,
                    Set.of(), PageFacts.NONE));
        }
        Organisation gemeente = Organisation.of("Gemeente Voorbeeld", Role.GEMEENTE, List.of("https://www.gemeente.example/"));
        return new ScanResults("bench", "none", "report-bench", Instant.EPOCH, Instant.EPOCH, true,
                List.of(new OrganisationResults(gemeente, results)));
    }

    /** The last of each five needs review, so both outcomes are counted. */
    private static Outcome outcome(int index) {
        return index == 4 ? Outcome.NEEDS_REVIEW : Outcome.FAILED;
    }
}
