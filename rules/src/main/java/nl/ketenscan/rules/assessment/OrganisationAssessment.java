package nl.ketenscan.rules.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.ketenscan.rules.FixFirst;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageLinks;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.Screenshot;
import nl.ketenscan.rules.ScanNote;
import nl.ketenscan.rules.StopReason;
import nl.ketenscan.rules.criteria.CriterionVerdict;
import nl.ketenscan.rules.criteria.CriterionVerdicts;
import nl.ketenscan.rules.sample.WcagEmSample;
import nl.ketenscan.rules.statement.Deviation;
import nl.ketenscan.rules.statement.Deviations;
import nl.ketenscan.rules.statement.StatementCheck;

/**
 * What the scan says about one organisation, worked out once for every output.
 *
 * @param pages       every page the scan looked at, in scan order, with the site rules' findings added
 * @param links       how the crawl reached each page (aliases, linking pages), by page URL
 * @param stopReason  why this organisation's crawl ended early; null when it visited every page
 * @param issues      the defects, each once with the pages it is on, in "fix first" order
 * @param byRule      the same issues grouped by rule, rules in the order of their most urgent issue
 * @param fixFirst    the proven failures the web team and the editors fix first
 * @param verdicts    one verdict for each criterion of WCAG 2.1 A and AA, in WCAG order
 * @param statement   the toegankelijkheidsverklaring and what the scan rules out
 * @param deviations  the proven failures as the statement lists them
 * @param documents   the office files found, exempt or not
 * @param embeds      third-party content, exempt and not counted
 * @param exemptions  the exemptions the scan applied, with to how many items
 * @param sample      the WCAG-EM sample proposed to an auditor
 * @param plainLanguage how readable the pages are (B1)
 * @param notes       what the scan noted about this organisation in particular
 * @param counts      the numbers every output shows
 */
public record OrganisationAssessment(Organisation organisation, List<PageResult> pages,
                                     Map<String, PageLinks> links, StopReason stopReason, List<Issue> issues,
                                     List<RuleIssues> byRule, FixFirst fixFirst, List<CriterionVerdict> verdicts,
                                     StatementCheck statement, List<Deviation> deviations,
                                     List<PublishedDocument> documents, List<Embed> embeds,
                                     List<AppliedExemption> exemptions, WcagEmSample sample,
                                     PlainLanguageSummary plainLanguage, List<ScanNote> notes,
                                     OrganisationCounts counts) {

    public OrganisationAssessment {
        Objects.requireNonNull(organisation, "organisation");
        pages = List.copyOf(pages);
        links = Map.copyOf(links);
        issues = List.copyOf(issues);
        byRule = List.copyOf(byRule);
        verdicts = List.copyOf(verdicts);
        deviations = List.copyOf(deviations);
        documents = List.copyOf(documents);
        embeds = List.copyOf(embeds);
        exemptions = List.copyOf(exemptions);
        notes = List.copyOf(notes);
    }

    /** @param results the organisation's pages with the site rules already applied */
    static OrganisationAssessment of(OrganisationResults results, ScanMetadata scan) {
        List<PageResult> pages = results.pages();
        List<Issue> issues = results.issues();
        List<CriterionVerdict> verdicts = CriterionVerdicts.of(results, scan.standard().catalogue(), scan.axeRan());
        StatementCheck statement = StatementCheck.of(results,
                scan.startedAt() == null ? null : LocalDate.ofInstant(scan.startedAt(), ScanMetadata.ZONE));
        List<PublishedDocument> documents = PublishedDocument.of(pages);
        List<Embed> embeds = Embed.of(pages);
        WcagEmSample sample = WcagEmSample.select(results,
                statement.statement() == null ? null : statement.statement().url(),
                scan.scanId() == null ? "" : scan.scanId());
        String name = results.organisation().name();
        return new OrganisationAssessment(results.organisation(), pages, results.links(), results.stopReason(),
                issues, RuleIssues.of(issues),
                FixFirst.of(issues), verdicts, statement, Deviations.of(issues), documents, embeds,
                AppliedExemption.of(documents, embeds), sample, PlainLanguageSummary.of(pages),
                scan.notes().stream().filter(n -> name.equals(n.organisation())).toList(),
                OrganisationCounts.of(pages, issues, verdicts));
    }

    public String name() {
        return organisation.name();
    }

    /** True when the crawl visited every page the organisation's scope offered. */
    public boolean complete() {
        return stopReason == null;
    }

    /** How the crawl reached the page with this URL. */
    public PageLinks linksOf(String pageUrl) {
        return links.getOrDefault(pageUrl, PageLinks.NONE);
    }

    /** The issues with a proven failure, in "fix first" order. */
    public List<Issue> failedIssues() {
        return OrganisationCounts.withOutcome(issues, Outcome.FAILED);
    }

    /**
     * The screenshot kept of one of the issue's occurrences, the first page's first, as a path relative to
     * the scan folder; empty when none was kept (the scan's bound was reached, the element was inside a
     * frame or not shown, or the page was checked without a browser).
     */
    public Optional<String> screenshot(Issue issue) {
        return pages.stream()
                .filter(page -> issue.pages().contains(page.url()))
                .flatMap(page -> page.facts().browserChecks().screenshots().stream()
                        .filter(shot -> page.findings().stream()
                                .anyMatch(f -> shot.shows(f) && f.fingerprint().equals(issue.fingerprint()))))
                .map(Screenshot::file)
                .findFirst();
    }
}
