package nl.ketenscan.rules.compare;

import java.util.List;
import nl.ketenscan.rules.Issue;

/**
 * How one organisation changed between two scans. Issues are proven failures, as the newer scan
 * found them ({@code added}, {@code persistent}) or the older one did ({@code fixed}, {@code notRechecked}).
 *
 * @param fixed           issues the newer scan did not find on a page where the older one did
 * @param notRechecked    issues the newer scan did not find, but whose pages it did not check (not
 *                        reached, or failed to load): not counted as fixed, since nobody looked
 * @param nowFailing      criteria with a failure now that had none before
 * @param noLongerFailing criteria with a failure before and none now, where at least one of those
 *                        failures was seen fixed (not merely left unchecked)
 */
public record OrganisationDiff(String organisation, List<Issue> added, List<Issue> fixed, List<Issue> persistent,
                               List<Issue> notRechecked, List<String> nowFailing, List<String> noLongerFailing) {

    public OrganisationDiff {
        added = List.copyOf(added);
        fixed = List.copyOf(fixed);
        persistent = List.copyOf(persistent);
        notRechecked = List.copyOf(notRechecked);
        nowFailing = List.copyOf(nowFailing);
        noLongerFailing = List.copyOf(noLongerFailing);
    }

    public boolean changed() {
        return !added.isEmpty() || !fixed.isEmpty() || !nowFailing.isEmpty() || !noLongerFailing.isEmpty();
    }
}
