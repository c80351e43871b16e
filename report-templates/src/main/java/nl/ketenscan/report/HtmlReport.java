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
import nl.ketenscan.rules.Screenshot;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.assessment.OrganisationAssessment;
import nl.ketenscan.rules.assessment.ResearchFacts;
import nl.ketenscan.rules.criteria.Criterion;
import nl.ketenscan.rules.history.ScanSummary;

/**
 * Writes the readable report for accessibility coordinators: {@code index.html}, an overview of the
 * whole chain, one {@code organisatie-<naam>.html} per organisation with its issues, pages, statement,
 * exemptions, deviations and WCAG-EM sample, and the {@code style.css} they share. Static files that
 * read offline and need no JavaScript: {@code overview.js} only lets the overview be sorted and filtered. The organisation pages link to the files
 * {@link DeviationsCsv} and {@link WcagEmEvaluation} write beside them, which are therefore its
 * companions.
 *
 * <p>What tools need to check it is in data attributes: each organisation's summary carries its
 * counts ({@code data-count-failed}, {@code data-count-review}), each row of the criteria table its
 * criterion and verdict ({@code data-sc}, {@code data-verdict}).
 *
 * <p>Everything taken from crawled pages is escaped, and only http(s) URLs become links.
 */
public final class HtmlReport implements ReportFormat {

    static final String STYLESHEET = "style.css";
    static final String INDEX = "index.html";
    /** The overview table's sorting and filtering: the report's one script, its own, an enhancement only. */
    static final String OVERVIEW_SCRIPT = "overview.js";

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String fileName() {
        return INDEX;
    }

    @Override
    public List<String> companions() {
        return List.of("deviations", "wcag-em");
    }

    /**
     * Writes the report into {@code folder}, creating it if needed and replacing files of an earlier
     * report there: in the input's language (Dutch, or English for {@code en}) with, on each
     * organisation's page, its trend over the recorded scans in the history (which should include
     * this scan); organisations no recorded scan covered get none.
     *
     * @throws UncheckedIOException when the directory or a file cannot be written
     */
    @Override
    public void write(ReportInput input, Path folder) {
        write(input.assessment(), folder, input.language(), input.history());
    }

    /** The Dutch report without a trend. */
    static void write(ChainAssessment assessment, Path outputDir) {
        write(assessment, outputDir, ReportText.DUTCH, List.of());
    }

    static void write(ChainAssessment assessment, Path outputDir, Locale language) {
        write(assessment, outputDir, language, List.of());
    }

    static void write(ChainAssessment assessment, Path outputDir, Locale language, List<ScanSummary> history) {
        ReportText text = new ReportText(language);
        TrendBuilder trends = new TrendBuilder(text);
        ReportModelBuilder builder = new ReportModelBuilder(text, new BesluitModelBuilder(text));
        ReportTemplates templates = new ReportTemplates(text);
        createDirectories(outputDir);

        Scan scan = builder.scan(assessment.scan());
        List<OrganisationAssessment> organisations = assessment.organisations();
        List<String> slugs = OrganisationFileNames.slugs(assessment);
        List<OrganisationSummary> summaries = new ArrayList<>();
        for (int i = 0; i < organisations.size(); i++) {
            summaries.add(builder.summary(organisations.get(i), OrganisationFileNames.page(slugs.get(i))));
        }
        PlainLanguageSections plainLanguageSections = new PlainLanguageSections(text);
        List<PlainLanguageSection> plainLanguage = organisations.stream().map(plainLanguageSections::of).toList();
        templates.render("index.ftlh", Map.of("scan", scan, "organisations", summaries, "plainLanguage", plainLanguage),
                outputDir.resolve(INDEX));
        for (int i = 0; i < organisations.size(); i++) {
            Map<String, Object> model = new HashMap<>(
                    Map.of("scan", scan, "organisation", builder.page(organisations.get(i), slugs.get(i)),
                            "plainLanguage", plainLanguage.get(i), "errata", Criterion.ERRATA,
                            "maxScreenshots", Screenshot.MAX_PER_SCAN, "maxPageScreenshots", Screenshot.MAX_PER_PAGE));
            model.put("review", StatementReview.of(organisations.get(i).statement(), text));
            model.put("research", ResearchSection.of(ResearchFacts.of(organisations.get(i), assessment.scan()), text));
            trends.trend(organisations.get(i).name(), history, i).ifPresent(t -> model.put("trend", t));
            templates.render("organisation.ftlh", model, outputDir.resolve(OrganisationFileNames.page(slugs.get(i))));
        }
        copyStylesheet(outputDir.resolve(STYLESHEET));
        copy(OVERVIEW_SCRIPT, outputDir.resolve(OVERVIEW_SCRIPT));
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
        copy(STYLESHEET, target);
    }

    private static void copy(String resource, Path target) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the ketenscan jar; rebuild it");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
