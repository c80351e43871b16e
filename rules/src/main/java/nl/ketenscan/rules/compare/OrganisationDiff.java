package nl.ketenscan.rules.compare;

import java.util.List;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.criteria.Verdict;

/**
 * How one organisation changed between two scans. Issues are proven failures, as the newer scan
 * found them ({@code added}, {@code persistent}) or the older one did ({@code fixed}, {@code notRechecked}).
 *
 * @param fixed           issues the newer scan did not find on a page where the older one did
 * @param notRechecked    issues the newer scan did not find, but whose pages it did not check (not
 *                        reached, or failed to load): not counted as fixed, since nobody looked
 * @param verdicts        the criteria whose verdict changed, in WCAG order
 */
public record OrganisationDiff(String organisation, List<Issue> added, List<Issue> fixed, List<Issue> persistent,
                               List<Issue> notRechecked, List<VerdictChange> verdicts) {

    public OrganisationDiff {
        added = List.copyOf(added);
        fixed = List.copyOf(fixed);
        persistent = List.copyOf(persistent);
        notRechecked = List.copyOf(notRechecked);
        verdicts = List.copyOf(verdicts);
    }

    /** Criteria that fail now and did not before. */
    public List<String> nowFailing() {
        return verdicts.stream().filter(v -> v.after() == Verdict.FAILS).map(v -> v.criterion().sc()).toList();
    }

    /** Criteria that failed before and do not now. */
    public List<String> noLongerFailing() {
        return verdicts.stream().filter(v -> v.before() == Verdict.FAILS).map(v -> v.criterion().sc()).toList();
    }

    public boolean changed() {
        return !added.isEmpty() || !fixed.isEmpty() || !verdicts.isEmpty();
    }
}
