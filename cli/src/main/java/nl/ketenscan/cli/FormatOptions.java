package nl.ketenscan.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** {@code --format}: which outputs to write into the scan folder. */
final class FormatOptions {

    @Option(names = "--format", paramLabel = "LIST", split = ",",
            description = "Outputs to write, any of html, json, sarif, junit, csv, comma-separated (default html,json).")
    List<String> formats = new ArrayList<>(List.of("html", "json"));

    Set<OutputFormat> chosen() {
        Set<OutputFormat> chosen = EnumSet.noneOf(OutputFormat.class);
        for (String format : formats) {
            chosen.add(OutputFormat.fromId(format).orElseThrow(() -> new UserError(ExitCode.USAGE,
                    "--format " + format.strip() + " is not an output ketenscan writes; choose from "
                            + String.join(", ", Arrays.stream(OutputFormat.values()).map(OutputFormat::id).toList()))));
        }
        return chosen;
    }
}
