package nl.ketenscan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import nl.ketenscan.rules.ScanResults;
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
        description = {"Write the outputs again from the scan store in a folder (the HTML report with its"
                + " deviations CSVs and WCAG-EM evaluations, results.json, …), and apply the gates.", ""})
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--from", paramLabel = "DIR", required = true, description = "A folder written by ketenscan scan.")
    Path from;

    @Option(names = "--history", paramLabel = "DIR",
            description = "Record this scan in a history folder and show the trend of the recorded scans.")
    Path history;

    @Mixin
    FormatOptions formatOptions = new FormatOptions();

    @Mixin
    GateOptions gateOptions = new GateOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Gate gate = gateOptions.gate();
        Reports reports = new Reports(formatOptions.chosen(),
                gateOptions.baseline(LocalDate.now(), spec.commandLine().getErr()),
                history == null ? null : new HistoryFolder(history));
        ScanResults results = ScanFolder.results(from);
        reports.write(results, from, System.err);
        spec.commandLine().getOut().println(reports.whereToLook(from));
        return GateCheck.judge(results, gate, reports.baseline(), spec.commandLine().getOut());
    }
}
