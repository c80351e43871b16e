package nl.ketenscan.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.ketenscan.report.ReportModel.Besluit;
import nl.ketenscan.report.ReportModel.DeviationRow;
import nl.ketenscan.report.ReportModel.DocumentRow;
import nl.ketenscan.report.ReportModel.EmbedRow;
import nl.ketenscan.report.ReportModel.Link;
import nl.ketenscan.report.ReportModel.SampleRow;
import nl.ketenscan.report.ReportModel.SampleView;
import nl.ketenscan.report.ReportModel.StatementView;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.exemption.DocumentKind;
import nl.ketenscan.rules.exemption.Exemption;
import nl.ketenscan.rules.exemption.ThirdPartyEmbed;
import nl.ketenscan.rules.sample.SampleReason;
import nl.ketenscan.rules.sample.SampledPage;
import nl.ketenscan.rules.sample.WcagEmSample;
import nl.ketenscan.rules.statement.Deviation;
import nl.ketenscan.rules.statement.Deviations;
import nl.ketenscan.rules.statement.Statement;
import nl.ketenscan.rules.statement.StatementCheck;
import nl.ketenscan.rules.statement.StatementStatus;

/**
 * Builds the part of an organisation's page that answers the Besluit: statement, exemptions,
 * deviations and the WCAG-EM sample, from the same rules the CSV and WCAG-EM exports use, so the
 * report and the files it links to always agree.
 */
final class BesluitModelBuilder {

    /** A template defect is on every page; the report shows a few, the CSV and the issues list show all. */
    private static final int PAGES_SHOWN = 5;

    private final ReportText text;
    private final CriterionLinks criterionLinks;
    private final String scanId;

    /**
     * @param scanId the scan's id, which seeds the random part of the sample
     */
    BesluitModelBuilder(ReportText text, String scanId) {
        this.text = text;
        this.criterionLinks = new CriterionLinks(text);
        this.scanId = scanId;
    }

    Besluit besluit(OrganisationResults results, String slug) {
        StatementCheck check = StatementCheck.of(results);
        String statementUrl = check.statement() == null ? null : check.statement().url();
        return new Besluit(statement(check, results.issues()), documents(results.pages()),
                thirdParty(results.pages()), deviations(results.issues()),
                sample(WcagEmSample.select(results, statementUrl, scanId == null ? "" : scanId)),
                OrganisationFileNames.deviations(slug), OrganisationFileNames.wcagEm(slug));
    }

    StatementView statement(OrganisationResults results) {
        return statement(StatementCheck.of(results), results.issues());
    }

    private static StatementView statement(StatementCheck check, List<Issue> issues) {
        int failedIssues = (int) issues.stream().filter(i -> i.example().outcome() == Outcome.FAILED).count();
        List<String> ruledOut = check.ruledOut().stream().map(StatementStatus::name).toList();
        Statement statement = check.statement();
        if (statement == null) {
            return new StatementView(check.pagesChecked(), false, null, null, null, false, null, null, 0, ruledOut,
                    false, check.missing(), failedIssues);
        }
        return new StatementView(true, true, link(statement.url()),
                statement.declaredStatus() == null ? null : statement.declaredStatus().name(),
                link(statement.statusFoundOn()), statement.statusFromLabel(), link(statement.registerUrl()),
                statement.linkText(), statement.linkedFrom().size(), ruledOut, check.contradiction(), false,
                failedIssues);
    }

    private List<DocumentRow> documents(List<PageResult> pages) {
        List<DocumentRow> rows = new ArrayList<>();
        for (PageResult page : pages) {
            Optional<DocumentKind> kind = DocumentKind.of(page.contentType());
            if (kind.isEmpty() || page.error() != null) {
                continue;
            }
            LocalDate created = page.facts().documentCreated();
            String exemption = created == null ? "unknown"
                    : Exemption.forDocument(created).isPresent() ? "exempt" : "not-exempt";
            rows.add(new DocumentRow(Link.to(page.url()), kind.get().title(),
                    created == null ? null : text.date(created), exemption));
        }
        return rows;
    }

    /** Each embedded address once, with the number of pages it is on and the findings left out in all. */
    private static List<EmbedRow> thirdParty(List<PageResult> pages) {
        Map<String, List<PageResult>> pagesByEmbed = new LinkedHashMap<>();
        Map<String, ThirdPartyEmbed> embeds = new LinkedHashMap<>();
        Map<String, Integer> notCounted = new LinkedHashMap<>();
        for (PageResult page : pages) {
            for (ThirdPartyEmbed embed : page.facts().thirdParty()) {
                String key = embed.kind() + ' ' + embed.url();
                embeds.putIfAbsent(key, embed);
                pagesByEmbed.computeIfAbsent(key, k -> new ArrayList<>()).add(page);
                notCounted.merge(key, embed.findingsNotCounted(), Integer::sum);
            }
        }
        List<EmbedRow> rows = new ArrayList<>();
        embeds.forEach((key, embed) -> rows.add(new EmbedRow(Link.to(embed.url()), embed.kind(),
                pagesByEmbed.get(key).size(), Link.to(pagesByEmbed.get(key).get(0).url()), notCounted.get(key))));
        return rows;
    }

    private List<DeviationRow> deviations(List<Issue> issues) {
        List<DeviationRow> rows = new ArrayList<>();
        for (Deviation deviation : Deviations.of(issues)) {
            List<String> pages = deviation.pages();
            rows.add(new DeviationRow(criterionLinks.of(deviation.criterion()), deviation.rule(),
                    text.messages().of(deviation), deviation.impact() == null ? "unknown" : deviation.impact().id(),
                    pages.stream().limit(PAGES_SHOWN).map(Link::to).toList(),
                    Math.max(0, pages.size() - PAGES_SHOWN), deviation.elements(),
                    text.messages().languageOf(deviation)));
        }
        return rows;
    }

    private static SampleView sample(WcagEmSample sample) {
        int templates = (int) sample.structured().stream()
                .filter(p -> p.reasons().contains(SampleReason.TEMPLATE)).count();
        return new SampleView(rows(sample.structured()), rows(sample.random()), Long.toString(sample.seed()),
                templates);
    }

    private static List<SampleRow> rows(List<SampledPage> pages) {
        return pages.stream().map(p -> new SampleRow(Link.to(p.url()), p.title(),
                p.reasons().stream().map(SampleReason::id).toList())).toList();
    }

    private static Link link(String url) {
        return url == null ? null : Link.to(url);
    }
}
