package nl.ketenscan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.ketenscan.report.MessageText;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.baseline.Baseline;
import nl.ketenscan.rules.baseline.BaselineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ketenscan baseline}: manage the file of accepted issues that {@code scan --baseline} gates against. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {"Manage a baseline: the issues a team accepts for now, kept in its repository.", ""},
        subcommands = BaselineCommand.Create.class)
final class BaselineCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code ketenscan baseline create}: accept every proven failure of a scan. Recreating an existing
     * file keeps the reason and expiry people wrote for issues still found, and drops fixed ones.
     */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Write every proven failure of a scan into a baseline file.",
                    "An existing file keeps the reasons and expiry dates of issues still found.",
                    "",
                    "  ketenscan baseline create --from scan-2026-11 -o .ketenscan-baseline.yml \\",
                    "                            --reason \"known before CI\" --expires 2026-06-30",
                    ""})
    static final class Create implements Callable<Integer> {

        @Option(names = "--from", paramLabel = "DIR", required = true, description = "A folder written by ketenscan scan.")
        Path from;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = ".ketenscan-baseline.yml",
                description = "The baseline file to write (default: ${DEFAULT-VALUE}).")
        Path output;

        @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "",
                description = "Why these issues are accepted, written into each new entry.")
        String reason;

        @Option(names = "--expires", paramLabel = "DATE",
                description = "Last day new entries count (YYYY-MM-DD); after it their issues fail again.")
        String expires;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            LocalDate expiry = expiry();
            Baseline previous = previous();
            ChainAssessment assessment = ScanFolder.assessment(from);
            Baseline baseline = Baseline.of(assessment, ToolVersion.current(), reason, expiry, previous,
                    MessageText.english()::of);
            BaselineFile.write(baseline, LocalDate.now(), output);
            spec.commandLine().getOut().println(summary(baseline, previous));
            return ExitCode.FINISHED;
        }

        private LocalDate expiry() {
            if (expires == null) {
                return null;
            }
            try {
                return LocalDate.parse(expires.strip());
            } catch (DateTimeParseException e) {
                throw new UserError(ExitCode.USAGE, "--expires " + expires + " is not a date; write YYYY-MM-DD,"
                        + " e.g. --expires 2026-06-30");
            }
        }

        /** An existing file is read first, so that a broken one is reported instead of overwritten. */
        private Baseline previous() {
            if (!Files.exists(output)) {
                return null;
            }
            try {
                return BaselineFile.read(output);
            } catch (ConfigException e) {
                throw new UserError(ExitCode.USAGE, e.getMessage() + "\nFix it, or delete it to start a new baseline.");
            }
        }

        private String summary(Baseline baseline, Baseline previous) {
            String written = "Wrote " + baseline.entries().size() + " accepted issues to " + output;
            if (previous == null) {
                return written;
            }
            Set<String> now = baseline.entries().stream().map(BaselineEntry::fingerprint).collect(Collectors.toSet());
            Set<String> before = previous.entries().stream().map(BaselineEntry::fingerprint).collect(Collectors.toSet());
            long kept = now.stream().filter(before::contains).count();
            long dropped = before.stream().filter(f -> !now.contains(f)).count();
            return written + " (" + kept + " kept with their reason and expiry, " + (now.size() - kept) + " added, "
                    + dropped + " no longer found and dropped)";
        }
    }
}
