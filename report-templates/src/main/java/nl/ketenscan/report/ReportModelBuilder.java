package nl.ketenscan.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.ketenscan.report.ReportModel.CriteriaMatrix;
import nl.ketenscan.report.ReportModel.CriterionRow;
import nl.ketenscan.report.ReportModel.FixFirstEntry;
import nl.ketenscan.report.ReportModel.FixFirstList;
import nl.ketenscan.report.ReportModel.ImpactCount;
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
import nl.ketenscan.rules.FixFirst;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.criteria.Criterion;
import nl.ketenscan.rules.criteria.CriterionVerdict;
import nl.ketenscan.rules.criteria.CriterionVerdicts;
import nl.ketenscan.rules.criteria.Verdict;

/** Counts and groups scan results into the {@link ReportModel} the templates show. */
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
    Scan scan(ScanResults results) {
        return new Scan(orUnknown(results.scanId()), text.dateTime(results.startedAt()),
                text.dateTime(results.finishedAt()), results.complete(), AuditStandard.NAME,
                orUnknown(results.toolVersion()), orUnknown(results.axeVersion()),
                results.notes().stream().map(n -> new ReportModel.Note(n.organisation(), n.message())).toList());
    }

    private String orUnknown(String value) {
        return value == null ? text.get("value.unknown") : value;
    }

    OrganisationSummary summary(OrganisationResults results, String fileName) {
        List<PageResult> pages = results.pages();
        List<Issue> issues = results.issues();
        List<Issue> failed = issues.stream().filter(i -> i.example().outcome() == Outcome.FAILED).toList();
        List<Issue> review = issues.stream().filter(i -> i.example().outcome() == Outcome.NEEDS_REVIEW).toList();
        return new OrganisationSummary(results.organisation().name(), results.organisation().role().id(), fileName,
                pages.size(),
                (int) pages.stream().filter(PageResult::hasFailures).count(),
                (int) pages.stream().filter(p -> p.error() != null).count(),
                failed.size(), occurrences(failed), review.size(), occurrences(review),
                byImpact(failed),
                (int) CriterionVerdicts.of(results).stream().filter(v -> v.verdict() == Verdict.FAILS).count(),
                besluit.statement(results));
    }

    /** @param slug the organisation's part of its file names, see {@link OrganisationFileNames} */
    OrganisationPage page(OrganisationResults results, String slug) {
        List<PageRow> rows = results.pages().stream().map(this::row).toList();
        List<Issue> issues = results.issues();
        FixFirst fixFirst = FixFirst.of(issues);
        return new OrganisationPage(summary(results, OrganisationFileNames.page(slug)), ruleGroups(issues),
                rows.stream().filter(r -> r.error() != null).toList(), rows,
                matrix(CriterionVerdicts.of(results)), fixFirstList(fixFirst.webTeam()),
                fixFirstList(fixFirst.editors()), besluit.besluit(results, slug),
                LanguageSections.of(results, text.messages()));
    }

    /** Every verdict counted, also those no criterion has, so organisations compare at a glance. */
    private CriteriaMatrix matrix(List<CriterionVerdict> verdicts) {
        List<VerdictCount> counts = Arrays.stream(Verdict.values())
                .map(v -> new VerdictCount(v.id(), (int) verdicts.stream().filter(c -> c.verdict() == v).count()))
                .toList();
        Map<Integer, List<CriterionRow>> byPrinciple = new LinkedHashMap<>();
        for (CriterionVerdict verdict : verdicts) {
            Criterion criterion = verdict.criterion();
            byPrinciple.computeIfAbsent(criterion.principle(), k -> new ArrayList<>()).add(new CriterionRow(
                    criterionLinks.of(criterion), criterion.level().name(), criterion.en301549Clause(),
                    verdict.verdict().id(), verdict.issues().size(), occurrences(verdict.issues())));
        }
        List<PrincipleGroup> principles = new ArrayList<>();
        byPrinciple.forEach((number, rows) -> principles.add(new PrincipleGroup(number, rows)));
        return new CriteriaMatrix(counts, principles);
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

    /** The four impacts always, so organisations compare at a glance; "unknown" only when it occurs. */
    private static List<ImpactCount> byImpact(List<Issue> issues) {
        List<ImpactCount> counts = new ArrayList<>();
        for (Impact impact : Impact.values()) {
            List<Issue> matching = issues.stream().filter(i -> i.example().impact() == impact).toList();
            counts.add(new ImpactCount(impact.id(), matching.size(), occurrences(matching)));
        }
        List<Issue> unknown = issues.stream().filter(i -> i.example().impact() == null).toList();
        if (!unknown.isEmpty()) {
            counts.add(new ImpactCount(UNKNOWN_IMPACT, unknown.size(), occurrences(unknown)));
        }
        return counts;
    }

    private static int occurrences(List<Issue> issues) {
        return issues.stream().mapToInt(Issue::occurrences).sum();
    }

    /** Rules in the order their most urgent issue comes in the "fix first" order of issues. */
    private List<RuleGroup> ruleGroups(List<Issue> issues) {
        Map<String, List<Issue>> byRule = new LinkedHashMap<>();
        for (Issue issue : issues) {
            byRule.computeIfAbsent(issue.example().rule(), k -> new ArrayList<>()).add(issue);
        }
        List<RuleGroup> groups = new ArrayList<>();
        byRule.forEach((rule, ruleIssues) -> groups.add(ruleGroup("regel-" + (groups.size() + 1), rule, ruleIssues)));
        return groups;
    }

    private RuleGroup ruleGroup(String anchor, String rule, List<Issue> issues) {
        Set<String> criteria = new LinkedHashSet<>();
        issues.forEach(i -> criteria.addAll(i.example().criteria()));
        String helpUrl = issues.stream().map(i -> i.example().helpUrl()).filter(Objects::nonNull).findFirst()
                .orElse(null);
        List<IssueEntry> entries = issues.stream().map(this::entry).toList();
        Finding example = issues.get(0).example();
        MessageText messages = text.messages();
        return new RuleGroup(anchor, rule, mostSevere(issues), criterionLinks.of(List.copyOf(criteria)),
                helpUrl == null ? null : Link.to(helpUrl), entries, messages.ruleDescription(example),
                messages.ruleName(example).orElse(null), messages.ruleFix(example).orElse(null));
    }

    private static String mostSevere(List<Issue> issues) {
        return issues.stream().map(i -> i.example().impact()).filter(Objects::nonNull)
                .min(Enum::compareTo).map(Impact::id).orElse(UNKNOWN_IMPACT);
    }

    private IssueEntry entry(Issue issue) {
        Finding example = issue.example();
        String message = text.messages().of(example);
        return new IssueEntry(example.outcome().id(), impactKey(example.impact()), message.isEmpty() ? null : message,
                example.selector(), example.snippet(), issue.occurrences(),
                issue.pages().stream().map(Link::to).toList(), anchor(issue), issue.kind().id(),
                text.messages().languageOf(example));
    }

    private PageRow row(PageResult page) {
        Link redirectedTo = page.finalUrl() == null || page.finalUrl().equals(page.url())
                ? null : Link.to(page.finalUrl());
        return new PageRow(Link.to(page.url()), redirectedTo, page.httpStatus(), page.title(), page.lang(),
                page.error() == null ? null : text.messages().of(page.error()), statusKey(page),
                page.findings().size());
    }

    private static String statusKey(PageResult page) {
        if (page.error() != null) {
            return "error";
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
