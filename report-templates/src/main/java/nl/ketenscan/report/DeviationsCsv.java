package nl.ketenscan.report;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.statement.Deviation;

/**
 * Writes each organisation's deviations ({@code afwijkingen-<organisatie>.csv}) for its
 * toegankelijkheidsverklaring: criterion, name, what fails, rule, impact, pages and elements, and
 * empty columns for the cause, measure and date the organisation fills in before copying the rows
 * into Logius' invulassistent.
 *
 * <p>The file opens correctly by double-click in Dutch Excel: UTF-8 with a byte order mark (without
 * it Excel reads ANSI and garbles "één"), semicolons between fields (Dutch Excel's list separator,
 * as the comma is its decimal sign) and CRLF line ends. Fields are quoted when they hold a
 * semicolon, quote or line break; several pages or elements in one field are separated by line
 * breaks. A field that would start with {@code = + - @} or a tab is prefixed with an apostrophe, so
 * that text from a crawled page can never become a spreadsheet formula.
 */
public final class DeviationsCsv implements ReportFormat {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String SEPARATOR = ";";
    private static final String LINE_END = "\r\n";

    @Override
    public String id() {
        return "deviations";
    }

    @Override
    public String fileName() {
        return OrganisationFileNames.deviations("<organisatie>");
    }

    /**
     * Writes one CSV per organisation into {@code folder}, replacing earlier ones.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    @Override
    public void write(ReportInput input, Path folder) {
        write(input.assessment(), folder, input.language());
    }

    static void write(ChainAssessment assessment, Path folder) {
        write(assessment, folder, ReportText.DUTCH);
    }

    /** @param language the language of the headings and of what fails; the file's layout stays Dutch Excel's */
    static void write(ChainAssessment assessment, Path folder, Locale language) {
        ReportText text = new ReportText(language);
        String standard = assessment.scan().standard().displayName();
        OrganisationFiles.write(assessment, folder, OrganisationFileNames::deviations,
                organisation -> csv(organisation.deviations(), text, standard).getBytes(StandardCharsets.UTF_8));
    }

    /** @param standard the norm the deviations are measured against, named in every row's last field */
    static String csv(List<Deviation> deviations, ReportText text, String standard) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        line(csv, List.of(text.get("csv.criterion"), text.get("csv.criterionName"), text.get("csv.whatFails"),
                text.get("csv.rule"), text.get("csv.impact"), text.get("csv.pages"), text.get("csv.elements"),
                text.get("csv.cause"), text.get("csv.measure"), text.get("csv.date"), text.get("csv.standard")));
        for (Deviation deviation : deviations) {
            List<String> fields = new ArrayList<>();
            fields.add(deviation.criterion());
            fields.add(deviation.criterionName() == null ? "" : deviation.criterionName());
            fields.add(text.messages().of(deviation));
            fields.add(deviation.rule());
            fields.add(text.get("impact." + (deviation.impact() == null ? "unknown" : deviation.impact().id())));
            fields.add(String.join("\n", deviation.pages()));
            fields.add(String.join("\n", deviation.elements()));
            fields.add("");
            fields.add("");
            fields.add("");
            fields.add(standard);
            line(csv, fields);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(LINE_END);
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(SEPARATOR) || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                || !safe.equals(safe.strip());
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
