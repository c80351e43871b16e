package nl.ketenscan.rules.gates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.Outcome;

/**
 * The thresholds a pipeline sets for a scan: the build fails only when the issues it is given cross
 * one of them. Any combination may be set; a gate with none set never fails.
 *
 * <p>Only proven failures count: an issue a person must still review never fails a build, since
 * nobody could make the build pass again by fixing code. Callers hand in the issues that are not
 * accepted by a baseline, so that a team is stopped only for what it made worse.
 *
 * @param failOn    fail when an issue has this impact or a more severe one; null when impact does not gate.
 *                  Issues without an impact never cross this threshold
 * @param maxIssues fail when there are more issues than this; null when the number does not gate
 * @param criteria  fail when an issue concerns one of these success criteria, e.g. {@code 1.1.1}
 */
public record Gate(Impact failOn, Integer maxIssues, Set<String> criteria) {

    /** No thresholds: every scan passes, as before gates existed. */
    public static final Gate NONE = new Gate(null, null, Set.of());

    private static final Pattern CRITERION = Pattern.compile("[1-4]\\.\\d{1,2}\\.\\d{1,2}");
    private static final int RULES_NAMED = 3;

    public Gate {
        if (maxIssues != null && maxIssues < 0) {
            throw new IllegalArgumentException("the maximum number of issues must be 0 or more, not " + maxIssues);
        }
        TreeSet<String> sorted = new TreeSet<>(Gate::inWcagOrder);
        sorted.addAll(criteria);
        criteria = Collections.unmodifiableSortedSet(sorted);
        for (String criterion : criteria) {
            if (!CRITERION.matcher(criterion).matches()) {
                throw new IllegalArgumentException("'" + criterion + "' is not a WCAG success criterion;"
                        + " write its number, e.g. 1.1.1 or 1.4.3");
            }
        }
    }

    /** True when at least one threshold is set, so the scan's exit code depends on its findings. */
    public boolean isSet() {
        return failOn != null || maxIssues != null || !criteria.isEmpty();
    }

    /**
     * Decides whether the issues pass. The reason names every threshold, crossed or not, with the
     * rules of the issues that crossed it, so the one line a CI log shows explains the exit code.
     */
    public GateResult judge(List<Issue> issues) {
        List<Issue> failures = issues.stream().filter(i -> i.example().outcome() == Outcome.FAILED).toList();
        List<String> crossed = new ArrayList<>();
        List<String> held = new ArrayList<>();
        if (failOn != null) {
            List<Issue> severe = failures.stream()
                    .filter(i -> i.example().impact() != null && i.example().impact().compareTo(failOn) <= 0)
                    .toList();
            String threshold = failOn.id() + " or worse (--fail-on " + failOn.id() + ")";
            if (severe.isEmpty()) {
                held.add("no issue at " + threshold);
            } else {
                crossed.add(count(severe.size()) + " at " + threshold + ": " + rules(severe));
            }
        }
        if (maxIssues != null) {
            if (failures.size() > maxIssues) {
                crossed.add(count(failures.size()) + ", more than --max-issues " + maxIssues + ": " + rules(failures));
            } else {
                held.add(count(failures.size()) + ", within --max-issues " + maxIssues);
            }
        }
        if (!criteria.isEmpty()) {
            Set<String> failing = new TreeSet<>(Gate::inWcagOrder);
            failures.forEach(i -> i.example().criteria().stream().filter(criteria::contains).forEach(failing::add));
            if (failing.isEmpty()) {
                held.add("none of " + String.join(", ", criteria) + " fails (--fail-on-criteria)");
            } else {
                crossed.add("criteria " + String.join(", ", failing) + " fail (--fail-on-criteria)");
            }
        }
        return crossed.isEmpty()
                ? new GateResult(true, "gates passed: " + String.join("; ", held))
                : new GateResult(false, "gate failed: " + String.join("; ", crossed));
    }

    private static String count(int issues) {
        return issues == 1 ? "1 issue" : issues + " issues";
    }

    /** The first few distinct rules, most urgent first as the issues come, so the log says what to fix. */
    private static String rules(List<Issue> issues) {
        Set<String> rules = new LinkedHashSet<>();
        issues.forEach(i -> rules.add(i.example().rule()));
        List<String> named = rules.stream().limit(RULES_NAMED).toList();
        int more = rules.size() - named.size();
        return String.join(", ", named) + (more > 0 ? " and " + more + " more rules" : "");
    }

    /** Criterion numbers part by part, so 1.4.10 comes after 1.4.3; numbers that are not criteria sort as text. */
    private static int inWcagOrder(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = left[i].matches("\\d+") && right[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : left[i].compareTo(right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
