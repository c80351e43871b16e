package nl.ketenscan.rules.baseline;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.assessment.ChainAssessment;
import nl.ketenscan.rules.assessment.OrganisationAssessment;

/**
 * A baseline applied on one day: tells for each issue whether it is new, accepted, or was accepted
 * until an expiry that has passed (which counts as new again).
 */
public final class BaselineMatch {

    /** No baseline: every issue is new. */
    public static final BaselineMatch NONE = new BaselineMatch(Map.of(), null);

    private final Map<String, BaselineEntry> entries;
    private final LocalDate today;

    BaselineMatch(Map<String, BaselineEntry> entries, LocalDate today) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.today = today;
    }

    public enum State {
        /** Not in the baseline: gates count it. */
        NEW,
        /** In the baseline and not expired: reported apart, gates ignore it. */
        ACCEPTED,
        /** In the baseline, but its expiry has passed: gates count it again. */
        EXPIRED
    }

    /** False for {@link #NONE}: outputs then say nothing about baselines at all. */
    public boolean inUse() {
        return today != null;
    }

    public State state(Issue issue) {
        BaselineEntry entry = entries.get(issue.fingerprint());
        if (entry == null) {
            return State.NEW;
        }
        return entry.expiredOn(today) ? State.EXPIRED : State.ACCEPTED;
    }

    /** The baseline entry for the issue, expired or not. */
    public Optional<BaselineEntry> entry(Issue issue) {
        return Optional.ofNullable(entries.get(issue.fingerprint()));
    }

    /** The issues of the organisation that gates judge: all but the accepted ones. */
    public List<Issue> gated(OrganisationAssessment organisation) {
        return organisation.issues().stream().filter(i -> state(i) != State.ACCEPTED).toList();
    }

    /** The issues of the whole scan that gates judge, organisation by organisation. */
    public List<Issue> gated(ChainAssessment assessment) {
        return assessment.issues().filter(i -> state(i) != State.ACCEPTED).toList();
    }

    /** How many proven failures of the scan the baseline accepts. */
    public int acceptedFailures(ChainAssessment assessment) {
        return (int) failures(assessment).filter(i -> state(i) == State.ACCEPTED).count();
    }

    /** How many proven failures of the organisation the baseline accepts. */
    public int acceptedFailures(OrganisationAssessment organisation) {
        return (int) organisation.failedIssues().stream().filter(i -> state(i) == State.ACCEPTED).count();
    }

    /** How many proven failures of the scan were accepted until a date that has passed. */
    public int expiredFailures(ChainAssessment assessment) {
        return (int) failures(assessment).filter(i -> state(i) == State.EXPIRED).count();
    }

    /** Entries whose issue the scan no longer found: fixed, or on pages this scan did not reach. */
    public List<BaselineEntry> unmatched(ChainAssessment assessment) {
        Set<String> found = failures(assessment).map(Issue::fingerprint).collect(Collectors.toSet());
        return entries.values().stream().filter(e -> !found.contains(e.fingerprint())).toList();
    }

    private static Stream<Issue> failures(ChainAssessment assessment) {
        return assessment.organisations().stream().flatMap(o -> o.failedIssues().stream());
    }
}
