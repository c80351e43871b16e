package nl.ketenscan.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import nl.ketenscan.report.PdfReport;
import nl.ketenscan.report.ReportFormat;
import nl.ketenscan.report.ReportFormats;
import nl.ketenscan.rules.baseline.BaselineMatch;
import picocli.CommandLine.Option;

/** {@code --format}, {@code --lang} and {@code --history}: which outputs a scan folder gets, in which language. */
final class FormatOptions {

    @Option(names = "--format", paramLabel = "LIST", split = ",", defaultValue = ReportFormats.DEFAULTS,
            completionCandidates = FormatIds.class,
            description = "Outputs to write, any of ${COMPLETION-CANDIDATES}, comma-separated (default ${DEFAULT-VALUE});"
                    + " html brings the deviations and wcag-em files it links to.")
    List<String> formats;

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

    /** The chosen formats, the PDF report with Chromium to print it. */
    List<ReportFormat> chosen() {
        try {
            return ReportFormats.chosen(formats).stream()
                    .map(format -> format instanceof PdfReport ? new PdfReport(new ChromiumPdfPrinter()) : format)
                    .toList();
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCode.USAGE, "--format " + e.getMessage());
        }
    }

    /** The ids of the registered formats, for the help text. */
    static final class FormatIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ReportFormats.ids().iterator();
        }
    }
}
