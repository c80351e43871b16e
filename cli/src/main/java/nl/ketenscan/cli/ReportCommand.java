package nl.ketenscan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import nl.ketenscan.crawler.store.ScanStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ketenscan report}: render the reports again from a scan folder, without scanning. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write results.json, the HTML report, the deviations CSVs and the WCAG-EM evaluations again"
                + " from the scan store in a folder.", ""})
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--from", paramLabel = "DIR", required = true, description = "A folder written by ketenscan scan.")
    Path from;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(from.resolve("scan.db"))) {
            throw new UserError(ExitCode.USAGE, "there is no scan.db in " + from + "; give the folder of a scan (--out of ketenscan scan)");
        }
        try (ScanStore store = ScanStore.open(from)) {
            if (!store.hasScan()) {
                throw new UserError(ExitCode.USAGE, from + " holds no scan; run ketenscan scan --out " + from + " first");
            }
            Reports.write(store.results(), from);
        }
        System.out.println("Report: " + from.resolve("index.html").toAbsolutePath());
        return ExitCode.FINISHED;
    }
}
