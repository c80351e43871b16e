package nl.ketenscan.rules.documents;

import java.util.List;

import nl.ketenscan.rules.DocumentRule;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * A PDF without a title, or with one the viewer does not show (WCAG technique PDF18; PDF/UA-1 7.1
 * asks for both): the window and the screen reader then announce the file name.
 */
public final class PdfTitle implements DocumentRule {

    static final RuleInfo INFO = new RuleInfo("pdf-title", List.of("2.4.2"), Impact.MODERATE,
            "PDF-bestand heeft een titel en de PDF-lezer toont die",
            "The PDF has a title and the viewer shows it",
            "https://www.w3.org/WAI/WCAG21/Techniques/pdf/PDF18");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PdfFacts pdf) {
        if (!pdf.hasTitle()) {
            return List.of(INFO.finding(Outcome.FAILED, null, null, INFO.message("no-title")));
        }
        if (!pdf.displayDocTitle()) {
            return List.of(INFO.finding(Outcome.FAILED, null, pdf.title(), INFO.message("title-not-shown")));
        }
        return List.of();
    }
}
