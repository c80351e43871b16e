package nl.ketenscan.report;

import java.util.List;
import nl.ketenscan.report.ReportModel.Link;
import nl.ketenscan.report.ReportModel.PlainLanguagePage;
import nl.ketenscan.report.ReportModel.PlainLanguagePart;
import nl.ketenscan.report.ReportModel.PlainLanguageSection;
import nl.ketenscan.report.ReportModel.RewriteEntry;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.PlainLanguage;
import nl.ketenscan.rules.assessment.OrganisationAssessment;
import nl.ketenscan.rules.assessment.PlainLanguageSummary;

/**
 * Builds the "Begrijpelijke taal (B1)" section of an organisation: the share of its judged pages
 * above B1, its hardest pages, the hardest sections of its long pages, and the sentences most worth
 * rewriting on them. Kept apart from the
 * WCAG issues because plain language is advice, not one of the 50 criteria.
 */
final class PlainLanguageSections {

    /** Enough to know where to start; the full list per page is in results.json. */
    static final int WORST_PAGES_SHOWN = 10;
    static final int REWRITE_PAGES_SHOWN = 5;
    static final int SECTIONS_SHOWN = 10;

    private final ReportText text;

    PlainLanguageSections(ReportText text) {
        this.text = text;
    }

    PlainLanguageSection of(OrganisationAssessment assessment) {
        PlainLanguageSummary summary = assessment.plainLanguage();
        List<PlainLanguagePage> worst = summary.judged().stream().limit(WORST_PAGES_SHOWN).map(this::page).toList();
        List<PlainLanguagePage> rewrites = worst.stream().filter(p -> !p.rewrites().isEmpty())
                .limit(REWRITE_PAGES_SHOWN).toList();
        List<PlainLanguagePart> sections = summary.hardestSections().stream().limit(SECTIONS_SHOWN)
                .map(this::part).toList();
        return new PlainLanguageSection(assessment.name(), summary.judgedPages(), summary.aboveB1Pages(),
                summary.aboveB1Percent(), worst, rewrites, sections);
    }

    private PlainLanguagePart part(PlainLanguageSummary.PageSection part) {
        PlainLanguage.Section section = part.section();
        return new PlainLanguagePart(Link.to(part.page().url()), section.heading(), section.level().id(),
                oneDecimal(section.difficulty()), oneDecimal(100 * section.uncommonWordShare()));
    }

    private PlainLanguagePage page(PageResult page) {
        PlainLanguage plain = page.plainLanguage();
        List<RewriteEntry> rewrites = plain.rewrites().stream()
                .map(r -> new RewriteEntry(r.sentence(), r.reasons().stream().map(text.messages()::of).toList())).toList();
        return new PlainLanguagePage(Link.to(page.url()), page.title(), plain.level().id(),
                oneDecimal(plain.difficulty()), oneDecimal(plain.fleschDouma()),
                oneDecimal(plain.avgWordsPerSentence()), rewrites);
    }

    private String oneDecimal(double value) {
        return String.format(text.locale(), "%.1f", value);
    }
}
