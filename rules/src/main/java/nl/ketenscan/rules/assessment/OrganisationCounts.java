package nl.ketenscan.rules.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.criteria.CriterionVerdict;
import nl.ketenscan.rules.criteria.Verdict;

/**
 * The numbers every output shows for one organisation, proven failures and what a person must review
 * always kept apart: a review item is not yet known to be broken.
 *
 * @param pagesWithFailures pages with at least one proven failure
 * @param pagesWithErrors   pages that could not be (fully) checked
 * @param failed            issues with a proven failure
 * @param review            issues a person must judge
 * @param failedByImpact    the failed issues by impact: the four impacts always, most severe first,
 *                          then those without an impact when there are any
 * @param criteria          how many of the criteria have each verdict; every verdict is present
 */
public record OrganisationCounts(int pages, int pagesWithFailures, int pagesWithErrors, IssueCount failed,
                                 IssueCount review, List<ImpactCount> failedByImpact, Map<Verdict, Integer> criteria) {

    public OrganisationCounts {
        failedByImpact = List.copyOf(failedByImpact);
        criteria = Collections.unmodifiableMap(new EnumMap<>(criteria));
    }

    static OrganisationCounts of(List<PageResult> pages, List<Issue> issues, List<CriterionVerdict> verdicts) {
        List<Issue> failed = withOutcome(issues, Outcome.FAILED);
        Map<Verdict, Integer> criteria = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            criteria.put(verdict, (int) verdicts.stream().filter(v -> v.verdict() == verdict).count());
        }
        return new OrganisationCounts(pages.size(),
                (int) pages.stream().filter(PageResult::hasFailures).count(),
                (int) pages.stream().filter(p -> p.error() != null).count(),
                IssueCount.of(failed), IssueCount.of(withOutcome(issues, Outcome.NEEDS_REVIEW)),
                byImpact(failed), criteria);
    }

    /** How many criteria have this verdict. */
    public int criteria(Verdict verdict) {
        return criteria.get(verdict);
    }

    /** The failed issues of this impact; with null, those without one. */
    public IssueCount failed(Impact impact) {
        return failedByImpact.stream().filter(c -> c.impact() == impact).map(ImpactCount::count).findFirst()
                .orElse(new IssueCount(0, 0));
    }

    static List<Issue> withOutcome(List<Issue> issues, Outcome outcome) {
        return issues.stream().filter(i -> i.example().outcome() == outcome).toList();
    }

    private static List<ImpactCount> byImpact(List<Issue> failed) {
        List<ImpactCount> counts = new ArrayList<>();
        for (Impact impact : Impact.values()) {
            counts.add(new ImpactCount(impact, IssueCount.of(failed.stream()
                    .filter(i -> i.example().impact() == impact).toList())));
        }
        List<Issue> unknown = failed.stream().filter(i -> i.example().impact() == null).toList();
        if (!unknown.isEmpty()) {
            counts.add(new ImpactCount(null, IssueCount.of(unknown)));
        }
        return counts;
    }
}
