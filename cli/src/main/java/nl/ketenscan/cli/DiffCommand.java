package nl.ketenscan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.ketenscan.report.DiffReport;
import nl.ketenscan.report.DiffText;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.compare.ScanDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ketenscan diff}: what got better and what got worse between two scans of the same chain. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two scan folders.",
                "Per organisation the new, fixed and remaining issues and the criteria that started or"
                        + " stopped failing, on the terminal and as an HTML page.",
                "",
                "  ketenscan diff scan-2026-10 scan-2026-11",
                ""})
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The folder of the earlier scan.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The folder of the later scan.")
    Path newer;

    @Option(names = "--html", paramLabel = "FILE", description = "Where to write the HTML page (default: NEW/diff.html).")
    Path html;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ChainAssessment before = ScanFolder.assessment(older);
        ChainAssessment after = ScanFolder.assessment(newer);
        ScanDiff diff;
        try {
            diff = ScanDiff.between(before, after);
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCode.USAGE, older + " and " + newer + " cannot be compared: " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        if (before.scan().scanId().equals(after.scan().scanId())) {
            err.println("ketenscan: note: both folders hold the same scan (" + before.scan().scanId()
                    + "), so nothing changed");
        } else if (before.scan().startedAt().isAfter(after.scan().startedAt())) {
            err.println("ketenscan: note: " + older + " is the later scan; the comparison reads from " + older
                    + " to " + newer + " as given, so \"new\" means found in " + newer + " only");
        }
        err.flush();
        Path page = html != null ? html : newer.resolve("diff.html");
        OutputFolder.publishFile(page, file -> DiffReport.write(diff, file));
        PrintWriter out = spec.commandLine().getOut();
        out.print(DiffText.of(diff));
        out.println();
        out.println("Comparison page: " + page.toAbsolutePath());
        out.flush();
        return ExitCode.FINISHED;
    }
}
