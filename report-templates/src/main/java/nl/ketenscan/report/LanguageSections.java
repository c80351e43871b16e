package nl.ketenscan.report;

import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.report.ReportModel.LanguagePage;
import nl.ketenscan.report.ReportModel.LanguagePassage;
import nl.ketenscan.report.ReportModel.LanguageSection;
import nl.ketenscan.report.ReportModel.Link;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Issue;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.assessment.OrganisationAssessment;
import nl.ketenscan.rules.language.LanguageOfPartsRule;
import nl.ketenscan.rules.language.PageLanguageRule;

/**
 * Gathers an organisation's language findings into the report's "Taal" section, so an editor sees
 * in one place which pages need another {@code lang} and which passages need one of their own.
 */
final class LanguageSections {

    private LanguageSections() {
    }

    static LanguageSection of(OrganisationAssessment results, MessageText messages) {
        List<LanguagePage> pages = new ArrayList<>();
        for (PageResult page : results.pages()) {
            for (Finding finding : page.findings()) {
                if (finding.rule().equals(PageLanguageRule.ID)) {
                    pages.add(new LanguagePage(Link.to(page.url()), page.lang(), finding.outcome().id(),
                            messages.of(finding), messages.languageOf(finding)));
                }
            }
        }
        List<LanguagePassage> passages = new ArrayList<>();
        for (Issue issue : results.issues()) {
            Finding example = issue.example();
            if (example.rule().equals(LanguageOfPartsRule.ID)) {
                passages.add(new LanguagePassage(example.outcome().id(), messages.of(example), example.selector(),
                        example.snippet(), issue.pages().stream().map(Link::to).toList(),
                        messages.languageOf(example)));
            }
        }
        return new LanguageSection(pages, passages);
    }
}
