package nl.ketenscan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.gates.Gate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ketenscan report}: render the outputs again from a scan folder, without scanning, and judge
 * the gates again, so one scan can be gated several ways.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the reports again from a scan folder, without scanning.",
                "Renders the HTML report with its deviations CSVs and WCAG-EM evaluations, results.json and"
                        + " the other --format outputs from the scan store, and applies the gates.", ""})
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--from", paramLabel = "DIR", required = true, description = "A folder written by ketenscan scan.")
    Path from;

    @Mixin
    FormatOptions formatOptions = new FormatOptions();

    @Mixin
    GateOptions gateOptions = new GateOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Gate gate = gateOptions.gate();
        Reports reports = formatOptions.reports(gateOptions.baseline(LocalDate.now(), spec.commandLine().getErr()));
        ScanFolder.requireStore(from);
        ChainAssessment assessment;
        try (OutputFolder folder = OutputFolder.claim(from)) {
            assessment = ScanFolder.assessment(folder.store(), from);
            folder.publish(staging -> reports.write(assessment, staging, System.err));
        }
        spec.commandLine().getOut().println(reports.whereToLook(from));
        return GateCheck.judge(assessment, gate, reports.baseline(), spec.commandLine().getOut());
    }
}
