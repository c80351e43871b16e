package nl.ketenscan.rules.history;

import java.util.Objects;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.assessment.OrganisationAssessment;
import nl.ketenscan.rules.assessment.OrganisationCounts;
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

    public static OrganisationSummary of(OrganisationAssessment assessment) {
        OrganisationCounts counts = assessment.counts();
        return new OrganisationSummary(assessment.name(), counts.pages(), counts.pagesWithErrors(),
                counts.failed(Impact.CRITICAL).issues(), counts.failed(Impact.SERIOUS).issues(),
                counts.failed(Impact.MODERATE).issues(), counts.failed(Impact.MINOR).issues(),
                counts.criteria(Verdict.FAILS), assessment.plainLanguage().judgedPages(),
                assessment.plainLanguage().aboveB1Pages());
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

}
