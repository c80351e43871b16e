package nl.ketenscan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.baseline.Baseline;
import nl.ketenscan.rules.baseline.BaselineMatch;
import nl.ketenscan.rules.gates.Gate;
import picocli.CommandLine.Option;

/**
 * The options that make the exit code depend on what a scan found. A baseline without any threshold
 * fails on any new failure: a team that names a baseline expects to hear about what is not in it.
 */
final class GateOptions {

    @Option(names = "--fail-on", paramLabel = "IMPACT",
            description = "Exit 1 when a new failure of this impact or worse exists: critical, serious, moderate or minor.")
    String failOn;

    @Option(names = "--max-issues", paramLabel = "N", description = "Exit 1 when there are more than N new failures.")
    Integer maxIssues;

    @Option(names = "--fail-on-criteria", paramLabel = "LIST", split = ",",
            description = "Exit 1 when a new failure concerns one of these criteria, e.g. 1.1.1,1.4.3.")
    List<String> criteria = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Accepted issues (ketenscan baseline create); only issues not in it count for the gates,"
                    + " and with no other gate any new failure exits 1.")
    Path baselineFile;

    Gate gate() {
        Impact impact = null;
        if (failOn != null) {
            impact = Impact.fromId(failOn).orElseThrow(() -> new UserError(ExitCode.USAGE, "--fail-on " + failOn
                    + " is not an impact; write critical, serious, moderate or minor"));
        }
        try {
            Gate gate = new Gate(impact, maxIssues, Set.copyOf(criteria.stream().map(String::strip).toList()));
            return !gate.isSet() && baselineFile != null ? new Gate(null, 0, Set.of()) : gate;
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCode.USAGE, e.getMessage());
        }
    }

    /**
     * The baseline as it stands today, read before any scanning so that a broken file costs no scan;
     * a note when another ketenscan version wrote it, since fingerprints may differ between versions.
     */
    BaselineMatch baseline(LocalDate today, PrintWriter err) {
        Optional<Baseline> baseline = read();
        if (baseline.isEmpty()) {
            return BaselineMatch.NONE;
        }
        String written = baseline.get().toolVersion();
        if (!written.equals(ToolVersion.current())) {
            err.println("ketenscan: note: " + baselineFile + " was written by ketenscan " + written + ", this is "
                    + ToolVersion.current() + "; if accepted issues show up as new, recreate it with"
                    + " ketenscan baseline create");
            err.flush();
        }
        return baseline.get().on(today);
    }

    private Optional<Baseline> read() {
        if (baselineFile == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaselineFile.read(baselineFile));
        } catch (ConfigException e) {
            throw new UserError(ExitCode.USAGE, e.getMessage());
        }
    }
}
