package nl.ketenscan.report;

import java.util.List;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.baseline.IssueDescription;
import nl.ketenscan.rules.compare.OrganisationDiff;
import nl.ketenscan.rules.compare.ScanDiff;
import nl.ketenscan.rules.compare.VerdictChange;

/** The comparison of two scans as plain text for a terminal or a CI log: counts first, then each issue on one line. */
public final class DiffText {

    private DiffText() {
    }

    public static String of(ScanDiff diff) {
        StringBuilder text = new StringBuilder();
        text.append("Comparing scan ").append(diff.older().scanId()).append(" (").append(diff.older().startedAt())
                .append(") with ").append(diff.newer().scanId()).append(" (").append(diff.newer().startedAt())
                .append(")\n");
        for (OrganisationDiff organisation : diff.organisations()) {
            text.append('\n').append(organisation.organisation()).append(": ")
                    .append(organisation.added().size()).append(" new, ")
                    .append(organisation.fixed().size()).append(" fixed, ")
                    .append(organisation.persistent().size()).append(" persistent");
            if (!organisation.notRechecked().isEmpty()) {
                text.append(", ").append(organisation.notRechecked().size()).append(" not rechecked");
            }
            text.append('\n');
            section(text, "new", organisation.added());
            section(text, "fixed", organisation.fixed());
            section(text, "not rechecked (their pages were not checked this time)", organisation.notRechecked());
            verdicts(text, organisation.verdicts());
        }
        if (!diff.onlyInOlder().isEmpty()) {
            text.append("\nNote: only in the older scan, not compared: ").append(String.join(", ", diff.onlyInOlder()))
                    .append('\n');
        }
        if (!diff.onlyInNewer().isEmpty()) {
            text.append("\nNote: only in the newer scan, not compared: ").append(String.join(", ", diff.onlyInNewer()))
                    .append('\n');
        }
        return text.toString();
    }

    private static void section(StringBuilder text, String title, List<Issue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        text.append("  ").append(title).append(":\n");
        for (Issue issue : issues) {
            String impact = issue.example().impact() == null ? "" : "[" + issue.example().impact().id() + "] ";
            text.append("    ").append(impact)
                    .append(IssueDescription.of(issue, MessageText.english().of(issue.example()))).append('\n');
        }
    }

    private static void verdicts(StringBuilder text, List<VerdictChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        text.append("  verdict changed:\n");
        for (VerdictChange change : changes) {
            text.append("    ").append(change.criterion().sc()).append(' ').append(change.criterion().nameEn()).append(": ")
                    .append(change.before().id()).append(" -> ").append(change.after().id()).append('\n');
        }
    }
}
