package nl.ketenscan.rules.documents;

import java.util.List;

import nl.ketenscan.rules.DocumentRule;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/** A PDF without a document language (WCAG technique PDF16). */
public final class PdfLanguage implements DocumentRule {

    static final RuleInfo INFO = new RuleInfo("pdf-language", List.of("3.1.1"), Impact.SERIOUS,
            "PDF-bestand noemt de taal van de tekst",
            "The PDF declares the language of its text",
            "https://www.w3.org/WAI/WCAG21/Techniques/pdf/PDF16");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PdfFacts pdf) {
        if (pdf.hasLanguage()) {
            return List.of();
        }
        return List.of(INFO.finding(Outcome.FAILED, null, null, INFO.message("no-language")));
    }
}
