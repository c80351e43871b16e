package nl.ketenscan.rules.history;

import java.util.List;
import java.util.Objects;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.PlainLanguage;
import nl.ketenscan.rules.criteria.CriterionVerdicts;
import nl.ketenscan.rules.criteria.Verdict;

/**
 * One organisation's numbers in one scan: proven-failure issues by impact, failing criteria, and
 * pages whose text is harder than B1.
 *
 * @param pagesWithText pages with enough Dutch text to judge their language level
 */
public record OrganisationSummary(String name, int pages, int pagesWithErrors, int critical, int serious,
                                  int moderate, int minor, int failingCriteria, int pagesWithText,
                                  int pagesAboveB1) {

    public OrganisationSummary {
        Objects.requireNonNull(name, "name");
    }

    public static OrganisationSummary of(OrganisationResults results) {
        List<Issue> failures = results.issues().stream()
                .filter(i -> i.example().outcome() == Outcome.FAILED).toList();
        List<PageResult> pages = results.pages();
        return new OrganisationSummary(results.organisation().name(), pages.size(),
                (int) pages.stream().filter(p -> p.error() != null).count(),
                count(failures, Impact.CRITICAL), count(failures, Impact.SERIOUS),
                count(failures, Impact.MODERATE), count(failures, Impact.MINOR),
                (int) CriterionVerdicts.of(results).stream().filter(v -> v.verdict() == Verdict.FAILS).count(),
                (int) pages.stream().filter(p -> p.plainLanguage() != null).count(),
                (int) pages.stream().filter(p -> p.plainLanguage() != null
                        && p.plainLanguage().level() == PlainLanguage.Level.ABOVE_B1).count());
    }

    /** Issues of the given impact; failures without an impact are counted in none of the four. */
    public int issues(Impact impact) {
        return switch (impact) {
            case CRITICAL -> critical;
            case SERIOUS -> serious;
            case MODERATE -> moderate;
            case MINOR -> minor;
        };
    }

    private static int count(List<Issue> issues, Impact impact) {
        return (int) issues.stream().filter(i -> i.example().impact() == impact).count();
    }
}
