package nl.ketenscan.report;

import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.report.ReportModel.Besluit;
import nl.ketenscan.report.ReportModel.DeviationRow;
import nl.ketenscan.report.ReportModel.DocumentCriterionRow;
import nl.ketenscan.report.ReportModel.DocumentRow;
import nl.ketenscan.report.ReportModel.EmbedRow;
import nl.ketenscan.report.ReportModel.Link;
import nl.ketenscan.report.ReportModel.SampleRow;
import nl.ketenscan.report.ReportModel.SampleView;
import nl.ketenscan.report.ReportModel.StatementView;
import nl.ketenscan.rules.assessment.Embed;
import nl.ketenscan.rules.assessment.OrganisationAssessment;
import nl.ketenscan.rules.assessment.PublishedDocument;
import nl.ketenscan.rules.sample.SampleReason;
import nl.ketenscan.rules.sample.SampledPage;
import nl.ketenscan.rules.sample.WcagEmSample;
import nl.ketenscan.rules.statement.Deviation;
import nl.ketenscan.rules.statement.Statement;
import nl.ketenscan.rules.statement.StatementCheck;
import nl.ketenscan.rules.statement.StatementStatus;

/**
 * Lays out the part of an organisation's page that answers the Besluit: statement, exemptions,
 * deviations and the WCAG-EM sample, from the organisation's assessment, which the CSV and WCAG-EM
 * exports read too, so the report and the files it links to always agree.
 */
final class BesluitModelBuilder {

    /** A template defect is on every page; the report shows a few, the CSV and the issues list show all. */
    private static final int PAGES_SHOWN = 5;

    private final ReportText text;
    private final CriterionLinks criterionLinks;

    BesluitModelBuilder(ReportText text) {
        this.text = text;
        this.criterionLinks = new CriterionLinks(text);
    }

    Besluit besluit(OrganisationAssessment assessment, String slug) {
        return new Besluit(statement(assessment), documents(assessment.documents()),
                thirdParty(assessment.embeds()), deviations(assessment.deviations()), sample(assessment.sample()),
                OrganisationFileNames.deviations(slug), OrganisationFileNames.wcagEm(slug));
    }

    StatementView statement(OrganisationAssessment assessment) {
        StatementCheck check = assessment.statement();
        int failedIssues = assessment.counts().failed().issues();
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

    /** A document that could not be fetched is listed too: published all the same, its exemption unknown. */
    private List<DocumentRow> documents(List<PublishedDocument> documents) {
        return documents.stream().map(d -> new DocumentRow(Link.to(d.url()), d.kind().title(),
                d.created() == null ? null : text.date(d.created()),
                d.created() == null ? "unknown" : d.exemption() != null ? "exempt" : "not-exempt",
                d.bytes() == null ? null : text.size(d.bytes()), d.verdict().id(),
                d.error() == null ? null : text.messages().of(d.error()),
                d.criteria().stream().map(c -> new DocumentCriterionRow(criterionLinks.of(c.criterion()),
                        c.failed(), c.review())).toList())).toList();
    }

    private static List<EmbedRow> thirdParty(List<Embed> embeds) {
        return embeds.stream().map(e -> new EmbedRow(Link.to(e.url()), e.kind(), e.pages(), Link.to(e.firstPage()),
                e.findingsNotCounted())).toList();
    }

    private List<DeviationRow> deviations(List<Deviation> deviations) {
        List<DeviationRow> rows = new ArrayList<>();
        for (Deviation deviation : deviations) {
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
        return new SampleView(rows(sample.structured()), rows(sample.random()), Long.toString(sample.seed()),
                sample.templates());
    }

    private static List<SampleRow> rows(List<SampledPage> pages) {
        return pages.stream().map(p -> new SampleRow(Link.to(p.url()), p.title(),
                p.reasons().stream().map(SampleReason::id).toList())).toList();
    }

    private static Link link(String url) {
        return url == null ? null : Link.to(url);
    }
}
