package nl.ketenscan.report;

import java.util.List;
import nl.ketenscan.report.ReportModel.CriterionLink;
import nl.ketenscan.rules.criteria.CriteriaCatalogue;
import nl.ketenscan.rules.criteria.Criterion;
import nl.ketenscan.rules.criteria.Standard;

/**
 * Names success criteria the same way everywhere in the report: number, name in the report's
 * language (the official Dutch one, or W3C's English) and a link to W3C's Understanding page.
 */
final class CriterionLinks {

    private final boolean dutch;

    CriterionLinks(ReportText text) {
        this.dutch = text.locale().getLanguage().equals(ReportText.DUTCH.getLanguage());
    }

    CriterionLink of(Criterion criterion) {
        return new CriterionLink(criterion.sc(), dutch ? criterion.nameNl() : criterion.nameEn(),
                criterion.understandingUrl());
    }

    /** A number outside A and AA of WCAG 2.1 and 2.2 (e.g. AAA's 3.1.5) keeps its number only. */
    CriterionLink of(String sc) {
        return CriteriaCatalogue.wcag21().criterion(sc).or(() -> Standard.WCAG22.catalogue().criterion(sc))
                .map(this::of).orElse(new CriterionLink(sc, null, null));
    }

    List<CriterionLink> of(List<String> numbers) {
        return numbers.stream().map(this::of).toList();
    }
}
