package nl.ketenscan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.assessment.OrganisationAssessment;
import nl.ketenscan.rules.baseline.BaselineMatch;
import nl.ketenscan.rules.criteria.Standard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ketenscan merge}: one chain report from the scan folders of several organisations. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {
                "Combine the scan folders of several organisations into one chain report.",
                "Each partner scans its own site, the municipality merges the folders; each"
                        + " organisation may be in one folder only.",
                "",
                "  ketenscan merge scan-gemeente scan-bibliotheek scan-welzijn \\",
                "      --out keten-2026-11",
                ""})
final class MergeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Scan folders (the --out of ketenscan scan).")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "New folder for the merged scan and its report.")
    Path out;

    @Mixin
    FormatOptions formatOptions = new FormatOptions();

    @Override
    public Integer call() {
        if (folders.stream().anyMatch(folder -> folder.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize()))) {
            throw new UserError(ExitCode.USAGE, "--out " + out + " is one of the folders to merge; choose a new folder");
        }
        Reports reports = formatOptions.reports(BaselineMatch.NONE);
        ChainAssessment assessment;
        try (OutputFolder folder = OutputFolder.claim(out)) {
            ScanResults merged = ChainMerge.merge(folders, folder, ToolVersion.current());
            assessment = ChainAssessment.of(merged, Standard.stored(folder.store().settings()));
            folder.publish(staging -> reports.write(assessment, staging, System.err));
        }
        for (OrganisationAssessment org : assessment.organisations()) {
            System.out.printf("%-40s %4d pages%n", org.name(), org.counts().pages());
        }
        System.out.println(reports.whereToLook(out));
        return ExitCode.FINISHED;
    }
}
