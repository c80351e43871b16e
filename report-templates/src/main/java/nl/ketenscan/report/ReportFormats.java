package nl.ketenscan.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every output ketenscan writes, in one list: the one place a new {@link ReportFormat} is added.
 * The order is the order they are written and listed in.
 */
public final class ReportFormats {

    private static final List<ReportFormat> ALL = List.of(
            new HtmlReport(),
            new ResultsJson(),
            new DeviationsCsv(),
            new WcagEmEvaluation(),
            new SarifReport(),
            new JunitReport(),
            new IssuesCsv(),
            new PdfReport());

    /** What a scan folder gets when {@code --format} is not given: ids, comma-separated. */
    public static final String DEFAULTS = "html,json,deviations,wcag-em";

    private ReportFormats() {
    }

    public static List<ReportFormat> all() {
        return ALL;
    }

    /** The ids {@code --format} accepts, in the registry's order. */
    public static List<String> ids() {
        return ALL.stream().map(ReportFormat::id).toList();
    }

    /** The format with this id, ignoring case and surrounding blanks. */
    public static Optional<ReportFormat> byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.id().equals(wanted)).findFirst();
    }

    /**
     * The chosen formats with the companions they link to, each once, in the registry's order.
     *
     * @throws IllegalArgumentException naming an id that is no format, and the ids that are
     */
    public static List<ReportFormat> chosen(List<String> ids) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : ids) {
            ReportFormat format = byId(id).orElseThrow(() -> new IllegalArgumentException(id.strip()
                    + " is not an output ketenscan writes; choose from " + String.join(", ", ids())));
            wanted.add(format.id());
            // a companion's own companions too: the PDF brings the HTML, which brings what it links to
            for (String companion : format.companions()) {
                wanted.add(companion);
                byId(companion).ifPresent(c -> wanted.addAll(c.companions()));
            }
        }
        List<ReportFormat> chosen = new ArrayList<>();
        ALL.stream().filter(f -> wanted.contains(f.id())).forEach(chosen::add);
        return chosen;
    }
}
