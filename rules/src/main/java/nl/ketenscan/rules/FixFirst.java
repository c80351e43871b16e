package nl.ketenscan.rules;

import java.util.Comparator;
import java.util.List;

/**
 * What to fix first, as two lists for the two people who fix things: the web team, who fix a
 * template or component issue once for every page, and the editors, who fix content page by page. Only proven
 * failures are listed; what needs review is not yet known to be broken.
 *
 * <p>Ranked by impact weight times the pages affected. Each step of impact weighs double
 * (critical 8, serious 4, moderate 2, minor 1, none given 1), so a critical defect on one page
 * ranks with a moderate one on four.
 */
public record FixFirst(List<Issue> webTeam, List<Issue> editors) {

    private static final Comparator<Issue> RANK = Comparator.comparingInt(FixFirst::score).reversed()
            .thenComparing(Issue.FIX_FIRST);

    public FixFirst {
        webTeam = List.copyOf(webTeam);
        editors = List.copyOf(editors);
    }

    public static FixFirst of(List<Issue> issues) {
        return new FixFirst(ranked(issues, Issue.Kind.TEMPLATE, Issue.Kind.COMPONENT), ranked(issues, Issue.Kind.CONTENT));
    }

    /** Impact weight times pages affected: what fixing this issue is worth. */
    static int score(Issue issue) {
        return weight(issue.example().impact()) * issue.pages().size();
    }

    private static List<Issue> ranked(List<Issue> issues, Issue.Kind... kinds) {
        List<Issue.Kind> wanted = List.of(kinds);
        return issues.stream()
                .filter(i -> wanted.contains(i.kind()) && i.example().outcome() == Outcome.FAILED)
                .sorted(RANK)
                .toList();
    }

    private static int weight(Impact impact) {
        if (impact == null) {
            return 1;
        }
        return switch (impact) {
            case CRITICAL -> 8;
            case SERIOUS -> 4;
            case MODERATE -> 2;
            case MINOR -> 1;
        };
    }
}
