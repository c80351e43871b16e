package nl.ketenscan.rules.baseline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.assessment.OrganisationAssessment;

/**
 * The issues a team has accepted for now, kept in its own repository, so that a pipeline fails only
 * on what a change made worse. Entries are matched by fingerprint alone: renaming an organisation in
 * the configuration does not undo the baseline.
 *
 * @param toolVersion the ketenscan version that wrote the file; fingerprints may change between
 *                    versions, so readers warn when it differs from their own
 */
public record Baseline(String toolVersion, List<BaselineEntry> entries) {

    /** The version of the file layout; a file of another layout is refused, not guessed at. */
    public static final int FORMAT = 1;

    public Baseline {
        Objects.requireNonNull(toolVersion, "toolVersion");
        entries = List.copyOf(entries);
    }

    /**
     * A baseline accepting every proven failure of the scan, each once (a fingerprint found at two
     * organisations is listed with the first). Entries for issues already in {@code previous} keep
     * the reason and expiry a person gave them; entries of {@code previous} whose issue is gone are
     * left out, as there is nothing left to accept.
     *
     * @param reason  the reason of new entries; may be empty for the team to fill in
     * @param expires the expiry of new entries; null for none
     */
    public static Baseline of(ChainAssessment assessment, String toolVersion, String reason, LocalDate expires,
                              Baseline previous) {
        return of(assessment, toolVersion, reason, expires, previous, finding -> null);
    }

    /**
     * @param wording a finding's message as the entries' descriptions quote it; the rules hold message
     *                keys, the caller words them (null for none)
     */
    public static Baseline of(ChainAssessment assessment, String toolVersion, String reason, LocalDate expires,
                              Baseline previous, Function<Finding, String> wording) {
        Map<String, BaselineEntry> earlier = previous == null ? Map.of() : previous.byFingerprint();
        Map<String, BaselineEntry> entries = new LinkedHashMap<>();
        for (OrganisationAssessment organisation : assessment.organisations()) {
            for (Issue issue : organisation.failedIssues()) {
                if (entries.containsKey(issue.fingerprint())) {
                    continue;
                }
                BaselineEntry entry = BaselineEntry.of(organisation.name(), issue, reason, expires,
                        IssueDescription.of(issue, wording.apply(issue.example())));
                BaselineEntry kept = earlier.get(issue.fingerprint());
                entries.put(issue.fingerprint(), kept == null ? entry : entry.keeping(kept));
            }
        }
        return new Baseline(toolVersion, new ArrayList<>(entries.values()));
    }

    /** This baseline as it stands on {@code today}: entries past their expiry no longer accept anything. */
    public BaselineMatch on(LocalDate today) {
        return new BaselineMatch(byFingerprint(), Objects.requireNonNull(today, "today"));
    }

    private Map<String, BaselineEntry> byFingerprint() {
        Map<String, BaselineEntry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.putIfAbsent(e.fingerprint(), e));
        return map;
    }
}
