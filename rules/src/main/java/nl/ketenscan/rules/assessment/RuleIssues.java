package nl.ketenscan.rules.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Issue;

/**
 * The issues one rule found, in "fix first" order.
 *
 * @param rule the rule id, e.g. axe's {@code image-alt}
 */
public record RuleIssues(String rule, List<Issue> issues) {

    public RuleIssues {
        issues = List.copyOf(issues);
    }

    /** The criteria its issues speak to, each once, in the order first named. */
    public List<String> criteria() {
        Set<String> criteria = new LinkedHashSet<>();
        issues.forEach(i -> criteria.addAll(i.example().criteria()));
        return List.copyOf(criteria);
    }

    /** The most severe impact among its issues; null when the engine gave none. */
    public Impact mostSevere() {
        return issues.stream().map(i -> i.example().impact()).filter(Objects::nonNull).min(Enum::compareTo)
                .orElse(null);
    }

    /** Where a developer reads how to fix it, as the first of its issues that says; null when none does. */
    public String helpUrl() {
        return issues.stream().map(i -> i.example().helpUrl()).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Rules in the order their most urgent issue comes in {@code issues}. */
    static List<RuleIssues> of(List<Issue> issues) {
        Map<String, List<Issue>> byRule = new LinkedHashMap<>();
        issues.forEach(i -> byRule.computeIfAbsent(i.example().rule(), k -> new ArrayList<>()).add(i));
        List<RuleIssues> groups = new ArrayList<>();
        byRule.forEach((rule, ruleIssues) -> groups.add(new RuleIssues(rule, ruleIssues)));
        return groups;
    }
}
