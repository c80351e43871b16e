package nl.ketenscan.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.ketenscan.report.ReportModel.BrokenLink;
import nl.ketenscan.report.ReportModel.CriteriaMatrix;
import nl.ketenscan.report.ReportModel.CriterionRow;
import nl.ketenscan.report.ReportModel.FixFirstEntry;
import nl.ketenscan.report.ReportModel.FixFirstList;
import nl.ketenscan.report.ReportModel.IssueEntry;
import nl.ketenscan.report.ReportModel.Link;
import nl.ketenscan.report.ReportModel.OrganisationPage;
import nl.ketenscan.report.ReportModel.OrganisationSummary;
import nl.ketenscan.report.ReportModel.PageRow;
import nl.ketenscan.report.ReportModel.PrincipleGroup;
import nl.ketenscan.report.ReportModel.RuleGroup;
import nl.ketenscan.report.ReportModel.Scan;
import nl.ketenscan.report.ReportModel.VerdictCount;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.assessment.ImpactCount;
import nl.ketenscan.rules.assessment.OrganisationAssessment;
import nl.ketenscan.rules.assessment.OrganisationCounts;
import nl.ketenscan.rules.assessment.RuleIssues;
import nl.ketenscan.rules.assessment.ScanMetadata;
import nl.ketenscan.rules.criteria.Criterion;
import nl.ketenscan.rules.criteria.CriterionVerdict;
import nl.ketenscan.rules.criteria.Verdict;

/**
 * Lays an organisation's assessment out as the {@link ReportModel} the templates show: formats,
 * links and limits lists, but counts, judges and groups nothing; the assessment has done that.
 */
final class ReportModelBuilder {

    private static final String UNKNOWN_IMPACT = "unknown";
    /** A "fix first" list shows its head; the full list is the issues section. */
    private static final int FIX_FIRST_SHOWN = 10;

    private final ReportText text;
    private final CriterionLinks criterionLinks;
    private final BesluitModelBuilder besluit;

    ReportModelBuilder(ReportText text, BesluitModelBuilder besluit) {
        this.text = text;
        this.criterionLinks = new CriterionLinks(text);
        this.besluit = besluit;
    }

    /** A report of a scan that lost its metadata still renders, saying what is unknown. */
    Scan scan(ScanMetadata results) {
        return new Scan(orUnknown(results.scanId()), text.dateTime(results.startedAt()),
                text.dateTime(results.finishedAt()), results.complete(), results.standard().displayName(),
                orUnknown(results.toolVersion()), orUnknown(results.axeVersion()),
                results.notes().stream().map(n -> new ReportModel.Note(n.organisation(), text.messages().of(n.message()),
                        text.messages().languageOf(List.of(n.message())))).toList());
    }

    private String orUnknown(String value) {
        return value == null ? text.get("value.unknown") : value;
    }

    OrganisationSummary summary(OrganisationAssessment assessment, String fileName) {
        OrganisationCounts counts = assessment.counts();
        return new OrganisationSummary(assessment.name(), assessment.organisation().role().id(), fileName,
                counts.pages(), counts.pagesWithFailures(), counts.pagesWithErrors(),
                counts.failed().issues(), counts.failed().occurrences(),
                counts.review().issues(), counts.review().occurrences(),
                byImpact(counts.failedByImpact()), counts.criteria(Verdict.FAILS),
                besluit.statement(assessment),
                assessment.complete() ? null : text.get("stopReason." + assessment.stopReason().id()));
    }

    /** @param slug the organisation's part of its file names, see {@link OrganisationFileNames} */
    OrganisationPage page(OrganisationAssessment assessment, String slug) {
        List<PageRow> rows = assessment.pages().stream().map(this::row).toList();
        List<BrokenLink> brokenLinks = assessment.pages().stream().filter(ReportModelBuilder::isBroken)
                .map(p -> new BrokenLink(Link.to(p.url()), p.httpStatus(),
                        assessment.linksOf(p.url()).linkedFrom().stream().map(Link::to).toList()))
                .toList();
        return new OrganisationPage(summary(assessment, OrganisationFileNames.page(slug)),
                ruleGroups(assessment), brokenLinks,
                rows.stream().filter(r -> r.error() != null && r.httpStatus() < 400).toList(), rows,
                matrix(assessment.verdicts(), assessment.counts()), fixFirstList(assessment.fixFirst().webTeam()),
                fixFirstList(assessment.fixFirst().editors()), besluit.besluit(assessment, slug),
                LanguageSections.of(assessment, text.messages()));
    }

    /** Every verdict counted, also those no criterion has, so organisations compare at a glance. */
    private CriteriaMatrix matrix(List<CriterionVerdict> verdicts, OrganisationCounts totals) {
        List<VerdictCount> counts = Arrays.stream(Verdict.values())
                .map(v -> new VerdictCount(v.id(), totals.criteria(v)))
                .toList();
        Map<Integer, List<CriterionRow>> byPrinciple = new LinkedHashMap<>();
        for (CriterionVerdict verdict : verdicts) {
            Criterion criterion = verdict.criterion();
            byPrinciple.computeIfAbsent(criterion.principle(), k -> new ArrayList<>()).add(new CriterionRow(
                    criterionLinks.of(criterion), criterion.level().name(), criterion.en301549Clause(),
                    verdict.verdict().id(), verdict.failedIssues().size(), verdict.reviewIssues().size()));
        }
        List<PrincipleGroup> principles = new ArrayList<>();
        byPrinciple.forEach((number, rows) -> principles.add(new PrincipleGroup(number, rows)));
        return new CriteriaMatrix(counts, principles, verdicts.size());
    }

    private FixFirstList fixFirstList(List<Issue> ranked) {
        List<FixFirstEntry> entries = ranked.stream().limit(FIX_FIRST_SHOWN)
                .map(i -> new FixFirstEntry(i.example().rule(), impactKey(i.example().impact()), i.pages().size(),
                        i.occurrences(), anchor(i), criterionLinks.of(i.example().criteria()),
                        Link.to(i.pages().get(0))))
                .toList();
        return new FixFirstList(entries, ranked.size());
    }

    private static String anchor(Issue issue) {
        return "probleem-" + issue.fingerprint();
    }

    private static List<ReportModel.ImpactCount> byImpact(List<ImpactCount> counts) {
        return counts.stream().map(c -> new ReportModel.ImpactCount(impactKey(c.impact()), c.count().issues(),
                c.count().occurrences())).toList();
    }

    /** Each page's declared {@code lang} by its address, for the quotes of its findings' messages. */
    private static Map<String, String> languages(List<PageResult> pages) {
        Map<String, String> languages = new HashMap<>();
        for (PageResult page : pages) {
            if (page.lang() != null) {
                languages.put(page.url(), page.lang());
            }
        }
        return languages;
    }

    private List<RuleGroup> ruleGroups(OrganisationAssessment assessment) {
        List<RuleIssues> byRule = assessment.byRule();
        Map<String, String> languages = languages(assessment.pages());
        return IntStream.range(0, byRule.size())
                .mapToObj(i -> ruleGroup("regel-" + (i + 1), byRule.get(i), assessment, languages))
                .toList();
    }

    private RuleGroup ruleGroup(String anchor, RuleIssues rule, OrganisationAssessment assessment,
                                Map<String, String> languages) {
        List<IssueEntry> entries = rule.issues().stream()
                .map(issue -> entry(issue, assessment.screenshot(issue).orElse(null), languages)).toList();
        Finding example = rule.issues().get(0).example();
        MessageText messages = text.messages();
        return new RuleGroup(anchor, rule.rule(), impactKey(rule.mostSevere()), criterionLinks.of(rule.criteria()),
                rule.helpUrl() == null ? null : Link.to(rule.helpUrl()), entries, messages.ruleDescription(example),
                messages.ruleName(example).orElse(null), messages.ruleFix(example).orElse(null));
    }

    /**
     * @param screenshot the issue's screenshot, relative to the scan folder the report is written into; nullable
     * @param languages  each page's {@code lang}: the message quotes the page of the issue's example, its first
     */
    private IssueEntry entry(Issue issue, String screenshot, Map<String, String> languages) {
        Finding example = issue.example();
        String message = text.messages().html(example, languages.get(issue.pages().get(0)));
        return new IssueEntry(example.outcome().id(), impactKey(example.impact()), message.isEmpty() ? null : message,
                example.selector(), example.snippet(), issue.occurrences(),
                issue.pages().stream().map(Link::to).toList(), anchor(issue), issue.kind().id(),
                text.messages().languageOf(example), screenshot);
    }

    private PageRow row(PageResult page) {
        Link redirectedTo = page.finalUrl() == null || page.finalUrl().equals(page.url())
                ? null : Link.to(page.finalUrl());
        return new PageRow(Link.to(page.url()), redirectedTo, page.httpStatus(), page.title(), page.lang(),
                page.error() == null ? null : text.messages().of(page.error()), statusKey(page),
                page.findings().size(), text.messages().languageOf(page.error()), page.facts().browserChecks().ran());
    }

    /** A page the server answered with an error: a broken link wherever it is linked from. */
    private static boolean isBroken(PageResult page) {
        return page.httpStatus() >= 400;
    }

    private static String statusKey(PageResult page) {
        if (isBroken(page)) {
            return "broken";
        }
        if (page.error() != null) {
            return "error";
        }
        if (page.features() == null) {
            return "unchecked";
        }
        if (page.hasFailures()) {
            return "failed";
        }
        return page.findings().isEmpty() ? "clean" : "review";
    }

    private static String impactKey(Impact impact) {
        return impact == null ? UNKNOWN_IMPACT : impact.id();
    }
}
