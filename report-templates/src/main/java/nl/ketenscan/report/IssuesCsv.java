package nl.ketenscan.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.assessment.OrganisationAssessment;
import nl.ketenscan.rules.baseline.BaselineEntry;
import nl.ketenscan.rules.baseline.BaselineMatch;

/**
 * Writes the issues as a CSV file for spreadsheets: one row per issue per organisation, in the
 * report's "fix first" order, RFC 4180 quoting, CRLF line ends.
 *
 * <p>The file starts with a UTF-8 byte order mark, without which Excel reads "Wij zijn één" as
 * mojibake. A cell starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, since a crawled page could
 * otherwise plant a formula that a spreadsheet runs when the coordinator opens the file.
 */
public final class IssuesCsv implements ReportFormat {

    /** CI tools and their logs read English. */
    private static final MessageText MESSAGES = MessageText.english();

    static final List<String> HEADER = List.of("organisation", "role", "baseline", "outcome", "impact", "rule",
            "engine", "criteria", "pages", "occurrences", "selector", "message", "snippet", "example_page",
            "fingerprint", "baseline_reason", "baseline_expires");

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String fileName() {
        return "issues.csv";
    }

    /** @throws UncheckedIOException when the file cannot be written */
    @Override
    public void write(ReportInput input, Path folder) {
        Path file = folder.resolve(fileName());
        BaselineMatch baseline = input.baseline();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            row(out, HEADER);
            for (OrganisationAssessment organisation : input.assessment().organisations()) {
                for (Issue issue : organisation.issues()) {
                    row(out, cells(organisation, issue, baseline));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage()
                    + "; check that its directory exists and is writable", e);
        }
    }

    private static List<String> cells(OrganisationAssessment organisation, Issue issue, BaselineMatch baseline) {
        Finding example = issue.example();
        BaselineEntry entry = baseline.entry(issue).orElse(null);
        List<String> cells = new ArrayList<>();
        cells.add(organisation.name());
        cells.add(organisation.organisation().role().id());
        boolean gated = baseline.inUse() && example.outcome() == Outcome.FAILED;
        cells.add(gated ? baseline.state(issue).name().toLowerCase(Locale.ROOT) : "");
        cells.add(example.outcome().id());
        cells.add(example.impact() == null ? "" : example.impact().id());
        cells.add(example.rule());
        cells.add(example.engine().id());
        cells.add(String.join(" ", example.criteria()));
        cells.add(Integer.toString(issue.pages().size()));
        cells.add(Integer.toString(issue.occurrences()));
        cells.add(orEmpty(example.selector()));
        cells.add(MESSAGES.of(example));
        cells.add(orEmpty(example.snippet()));
        cells.add(issue.pages().isEmpty() ? "" : issue.pages().get(0));
        cells.add(issue.fingerprint());
        cells.add(entry == null ? "" : entry.reason());
        cells.add(entry == null || entry.expires() == null ? "" : entry.expires().toString());
        return cells;
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
