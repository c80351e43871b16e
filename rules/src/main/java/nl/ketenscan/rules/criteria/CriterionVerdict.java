package nl.ketenscan.rules.criteria;

import java.util.List;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.Outcome;

/**
 * The verdict on one criterion for one organisation, with the issues behind it.
 *
 * @param issues the organisation's issues that speak to the criterion, failures and those to review,
 *               in "fix first" order; empty for the verdicts that rest on no finding
 */
public record CriterionVerdict(Criterion criterion, Verdict verdict, List<Issue> issues) {

    public CriterionVerdict {
        issues = List.copyOf(issues);
    }

    /** The issues behind it with a proven failure. */
    public List<Issue> failedIssues() {
        return issues.stream().filter(i -> i.example().outcome() == Outcome.FAILED).toList();
    }

    /** The issues behind it that a person must judge. */
    public List<Issue> reviewIssues() {
        return issues.stream().filter(i -> i.example().outcome() == Outcome.NEEDS_REVIEW).toList();
    }
}
