package nl.ketenscan.rules.assessment;

import java.util.List;
import nl.ketenscan.rules.Issue;

/**
 * How many issues and how many findings they group: reports count issues first, occurrences second.
 */
public record IssueCount(int issues, int occurrences) {

    static IssueCount of(List<Issue> issues) {
        return new IssueCount(issues.size(), issues.stream().mapToInt(Issue::occurrences).sum());
    }
}
