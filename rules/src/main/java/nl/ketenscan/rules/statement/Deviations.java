package nl.ketenscan.rules.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.criteria.CriteriaCatalogue;
import nl.ketenscan.rules.criteria.Criterion;
import nl.ketenscan.rules.criteria.Standard;

/**
 * Turns proven failures into the deviations a statement lists: one per success criterion and rule,
 * in criterion order. What a person must still judge (needs review) is not a deviation yet, and a
 * finding without a criterion has no place in the statement.
 */
public final class Deviations {

    /** WCAG criteria by their numbers, so 1.4.10 comes after 1.4.3. */
    public static final Comparator<String> CRITERION_ORDER = Comparator.comparing(Deviations::numbers,
            (a, b) -> {
                for (int i = 0; i < Math.min(a.length, b.length); i++) {
                    if (a[i] != b[i]) {
                        return Integer.compare(a[i], b[i]);
                    }
                }
                return Integer.compare(a.length, b.length);
            });

    private Deviations() {
    }

    /**
     * @param issues the organisation's issues (exempt content already left out)
     */
    public static List<Deviation> of(List<Issue> issues) {
        Map<String, List<Issue>> groups = new LinkedHashMap<>();
        for (Issue issue : issues) {
            if (issue.example().outcome() != Outcome.FAILED) {
                continue;
            }
            for (String criterion : issue.example().criteria()) {
                groups.computeIfAbsent(criterion + '\n' + issue.example().rule(), k -> new ArrayList<>()).add(issue);
            }
        }
        List<Deviation> deviations = new ArrayList<>();
        groups.forEach((key, group) -> deviations.add(deviation(key.substring(0, key.indexOf('\n')), group)));
        deviations.sort(Comparator.comparing(Deviation::criterion, CRITERION_ORDER).thenComparing(Deviation::rule));
        return deviations;
    }

    private static Deviation deviation(String criterion, List<Issue> issues) {
        Set<String> pages = new LinkedHashSet<>();
        Set<String> elements = new LinkedHashSet<>();
        issues.forEach(issue -> {
            pages.addAll(issue.pages());
            if (issue.example().selector() != null) {
                elements.add(issue.example().selector());
            }
        });
        String rule = issues.get(0).example().rule();
        List<Message> message = issues.stream().map(i -> i.example().message()).filter(m -> !m.isEmpty())
                .findFirst().orElse(List.of());
        Impact impact = issues.stream().map(i -> i.example().impact()).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        // a criterion WCAG 2.2 added is named from its catalogue; 2.2 renamed none of 2.1's
        String name = CriteriaCatalogue.wcag21().criterion(criterion)
                .or(() -> Standard.WCAG22.catalogue().criterion(criterion)).map(Criterion::nameNl).orElse(null);
        return new Deviation(criterion, name, rule, message, impact,
                List.copyOf(pages), List.copyOf(elements));
    }

    private static int[] numbers(String criterion) {
        String[] parts = criterion.split("\\.");
        int[] numbers = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                numbers[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                numbers[i] = Integer.MAX_VALUE;
            }
        }
        return numbers;
    }
}
