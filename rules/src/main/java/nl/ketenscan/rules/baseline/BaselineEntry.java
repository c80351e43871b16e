package nl.ketenscan.rules.baseline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Issue;

/**
 * One accepted issue in a team's baseline file. Only the fingerprint matters for matching; the other
 * fields are there so that whoever reviews the file in a merge request sees what was accepted.
 *
 * @param organisation the organisation the issue was found at when it was accepted; informative
 * @param impact       nullable, as axe leaves it empty for some results
 * @param description  a one-line, human-readable account of the issue (see {@link IssueDescription})
 * @param reason       why the team accepts it for now; may be empty
 * @param expires      the last day the entry counts; after it the issue gates again. Null: never
 */
public record BaselineEntry(String fingerprint, String organisation, String rule, List<String> criteria,
                            Impact impact, String description, String reason, LocalDate expires) {

    public BaselineEntry {
        Objects.requireNonNull(fingerprint, "fingerprint");
        criteria = List.copyOf(criteria);
        reason = reason == null ? "" : reason;
    }

    static BaselineEntry of(String organisation, Issue issue, String reason, LocalDate expires, String description) {
        return new BaselineEntry(issue.fingerprint(), organisation, issue.example().rule(),
                issue.example().criteria(), issue.example().impact(), description, reason, expires);
    }

    /** True once {@code today} is past the expiry date: the entry then no longer accepts its issue. */
    public boolean expiredOn(LocalDate today) {
        return expires != null && expires.isBefore(today);
    }

    /** The same entry with the reason and expiry a person gave it earlier. */
    BaselineEntry keeping(BaselineEntry earlier) {
        return new BaselineEntry(fingerprint, organisation, rule, criteria, impact, description,
                earlier.reason(), earlier.expires());
    }
}
