package nl.ketenscan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ketenscan} command: entry point of the runnable jar. */
@Command(name = "ketenscan",
        mixinStandardHelpOptions = true,
        versionProvider = ToolVersion.Provider.class,
        subcommands = {ScanCommand.class, DemoCommand.class, ReportCommand.class, MergeCommand.class, RulesCommand.class,
                TextCommand.class, BaselineCommand.class, DiffCommand.class,
                CommandLine.HelpCommand.class},
        description = {
                // one element per paragraph: picocli wraps each to the terminal's width, so a line
                // broken here by hand would break mid-sentence on any other width
                "Accessibility audit crawler for a Dutch municipality and its chain partners.",
                "Crawls every organisation's website, checks each page with axe-core in Chromium against"
                        + " WCAG 2.1 A+AA (the Besluit digitale toegankelijkheid overheid), and writes results.json"
                        + " and a Dutch HTML report.",
                ""},
        footerHeading = "%nExit codes:%n",
        // each line within picocli's 80 columns, so no line wraps to the margin
        footer = {
                "  0  passed: the scan finished and no gate failed",
                "     (without gates: whatever was found)",
                "  1  a gate failed (--fail-on, --max-issues, --fail-on-criteria, --baseline);",
                "     the last line says why",
                "  2  bad usage or configuration (options, config file, baseline file)",
                "  3  the scan could not run (no browser, no seed reachable)",
                "",
                "Start with: ketenscan demo"})
public final class Ketenscan implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    static CommandLine commandLine() {
        return new CommandLine(new Ketenscan())
                .setExecutionExceptionHandler(new ErrorHandler())
                .setUsageHelpAutoWidth(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
