package nl.ketenscan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.ketenscan.rules.baseline.BaselineMatch;
import picocli.CommandLine.Option;

/** {@code --format}, {@code --lang} and {@code --history}: which outputs a scan folder gets, in which language. */
final class FormatOptions {

    @Option(names = "--format", paramLabel = "LIST", split = ",",
            description = "Outputs to write, any of html, json, sarif, junit, csv, comma-separated (default html,json).")
    List<String> formats = new ArrayList<>(List.of("html", "json"));

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the HTML report, the deviations CSV, the WCAG-EM evaluation and the messages"
                    + " in results.json: nl (default) or en.")
    String language = "nl";

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Locale ENGLISH = Locale.forLanguageTag("en");

    @Option(names = "--history", paramLabel = "DIR",
            description = "Record a summary of this scan in a history folder and show the trend of the recorded scans.")
    Path history;

    /** The outputs chosen on the command line, gated against {@code baseline}. */
    Reports reports(BaselineMatch baseline) {
        return new Reports(chosen(), language(), baseline, history == null ? null : new HistoryFolder(history));
    }

    Locale language() {
        return switch (language.strip().toLowerCase(Locale.ROOT)) {
            case "nl" -> DUTCH;
            case "en" -> ENGLISH;
            default -> throw new UserError(ExitCode.USAGE, "--lang " + language.strip()
                    + " is not a report language; choose nl or en");
        };
    }

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
