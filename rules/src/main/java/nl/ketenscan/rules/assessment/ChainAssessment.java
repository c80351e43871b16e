package nl.ketenscan.rules.assessment;

import java.util.List;
import java.util.stream.Stream;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.ScanResults;
import nl.ketenscan.rules.SiteAudit;
import nl.ketenscan.rules.criteria.Standard;

/**
 * Everything a scan says about the chain, worked out once: the scan's metadata and each
 * organisation's {@link OrganisationAssessment}. Every output (HTML report, results.json, SARIF,
 * JUnit, the CSV files, the WCAG-EM evaluation, the comparison of two scans, the history summary
 * and the gates) renders this and nothing else, so they cannot disagree on a verdict or a count, as
 * Lighthouse's renderer reads only its one result object.
 */
public record ChainAssessment(ScanMetadata scan, List<OrganisationAssessment> organisations) {

    public ChainAssessment {
        organisations = List.copyOf(organisations);
    }

    /**
     * The assessment of what the store returned: the site rules are applied to each organisation's
     * pages (replacing site findings already there, so assessing twice gives the same), then its
     * issues, verdicts, statement, deviations, exemptions, sample and counts are worked out from
     * those pages. A pure function: the same results always give the same assessment.
     *
     * @throws IllegalStateException when a site rule could not judge the pages (see {@link SiteAudit})
     */
    public static ChainAssessment of(ScanResults results) {
        return of(results, Standard.WCAG21);
    }

    /** The assessment against {@code standard}: its criteria, verdicts and name. */
    public static ChainAssessment of(ScanResults results, Standard standard) {
        ScanMetadata scan = new ScanMetadata(results.toolVersion(), results.axeVersion(), results.scanId(),
                results.startedAt(), results.finishedAt(), results.complete(), results.notes(),
                results.browserVersion(), standard);
        List<OrganisationAssessment> organisations = SiteAudit.apply(results).organisations().stream()
                .map(o -> OrganisationAssessment.of(withinStandard(o, standard), scan))
                .toList();
        return new ChainAssessment(scan, organisations);
    }

    /**
     * The organisation's pages without the findings about criteria only the other WCAG version has:
     * a WCAG 2.1 scan says nothing about 3.2.6, whichever rule found something there.
     */
    private static OrganisationResults withinStandard(OrganisationResults organisation, Standard standard) {
        return organisation.withPages(organisation.pages().stream()
                .map(page -> page.withFindings(page.findings().stream()
                        .filter(finding -> !standard.excludes(finding.criteria())).toList()))
                .toList());
    }

    /** The issues of every organisation grouped by rule, rules in the order their first issue comes in {@link #issues()}. */
    public List<RuleIssues> byRule() {
        return RuleIssues.of(issues().toList());
    }

    /** The issues of every organisation, organisation by organisation, each list in "fix first" order. */
    public Stream<Issue> issues() {
        return organisations.stream().flatMap(o -> o.issues().stream());
    }
}
