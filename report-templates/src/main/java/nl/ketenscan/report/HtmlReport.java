package nl.ketenscan.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.ketenscan.report.ReportModel.OrganisationSummary;
import nl.ketenscan.report.ReportModel.PlainLanguageSection;
import nl.ketenscan.report.ReportModel.Scan;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.history.ScanSummary;

/**
 * Writes the readable report for accessibility coordinators: {@code index.html}, an overview of the
 * whole chain, one {@code organisatie-<naam>.html} per organisation with its issues, pages, statement,
 * exemptions, deviations and WCAG-EM sample, and the {@code style.css} they share. Static files that
 * read offline and need no JavaScript. The organisation pages link to the files
 * {@link DeviationsCsv} and {@link WcagEmEvaluation} write beside them.
 *
 * <p>Everything taken from crawled pages is escaped, and only http(s) URLs become links.
 */
public final class HtmlReport {

    static final String STYLESHEET = "style.css";

    private HtmlReport() {
    }

    /**
     * Writes the Dutch report into {@code outputDir}, creating it if needed and replacing files of an
     * earlier report there.
     *
     * @throws UncheckedIOException when the directory or a file cannot be written
     */
    public static void write(ScanResults results, Path outputDir) {
        write(results, outputDir, ReportText.DUTCH, List.of());
    }

    /**
     * The Dutch report with, on each organisation's page, its trend over the recorded scans in
     * {@code history} (which should include this scan); organisations no recorded scan covered get none.
     */
    public static void write(ScanResults results, Path outputDir, List<ScanSummary> history) {
        write(results, outputDir, ReportText.DUTCH, history);
    }

    static void write(ScanResults results, Path outputDir, Locale language) {
        write(results, outputDir, language, List.of());
    }

    private static void write(ScanResults results, Path outputDir, Locale language, List<ScanSummary> history) {
        ReportText text = new ReportText(language);
        TrendBuilder trends = new TrendBuilder(text);
        ReportModelBuilder builder = new ReportModelBuilder(text, new BesluitModelBuilder(text, results.scanId()));
        ReportTemplates templates = new ReportTemplates(text);
        createDirectories(outputDir);

        Scan scan = builder.scan(results);
        List<OrganisationResults> organisations = results.organisations();
        List<String> slugs = OrganisationFileNames.slugs(results);
        List<OrganisationSummary> summaries = new ArrayList<>();
        for (int i = 0; i < organisations.size(); i++) {
            summaries.add(builder.summary(organisations.get(i), OrganisationFileNames.page(slugs.get(i))));
        }
        PlainLanguageSections plainLanguageSections = new PlainLanguageSections(text);
        List<PlainLanguageSection> plainLanguage = organisations.stream().map(plainLanguageSections::of).toList();
        templates.render("index.ftlh", Map.of("scan", scan, "organisations", summaries, "plainLanguage", plainLanguage),
                outputDir.resolve("index.html"));
        for (int i = 0; i < organisations.size(); i++) {
            Map<String, Object> model = new HashMap<>(
                    Map.of("scan", scan, "organisation", builder.page(organisations.get(i), slugs.get(i)),
                            "plainLanguage", plainLanguage.get(i)));
            trends.trend(organisations.get(i).organisation().name(), history, i).ifPresent(t -> model.put("trend", t));
            templates.render("organisation.ftlh", model, outputDir.resolve(OrganisationFileNames.page(slugs.get(i))));
        }
        copyStylesheet(outputDir.resolve(STYLESHEET));
    }

    static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the report directory " + dir + ": " + e.getMessage()
                    + "; choose a directory you can write to", e);
        }
    }

    static void copyStylesheet(Path target) {
        try (InputStream css = HtmlReport.class.getResourceAsStream(STYLESHEET)) {
            if (css == null) {
                throw new IllegalStateException(STYLESHEET + " is missing from the ketenscan jar; rebuild it");
            }
            Files.copy(css, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
