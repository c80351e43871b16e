package nl.ketenscan.rules.documents;

import java.util.List;

import nl.ketenscan.rules.DocumentRule;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * Pages that are only an image: scanned paper without text recognition (WCAG technique PDF7). A
 * document of images alone is proven to fail; some image pages among text ones may be a photo or a
 * map with a text alternative elsewhere, so a person judges those.
 */
public final class PdfScanned implements DocumentRule {

    static final RuleInfo INFO = new RuleInfo("pdf-scanned", List.of("1.1.1"), Impact.CRITICAL,
            "PDF-bestand bevat tekst, geen ingescande afbeeldingen van tekst",
            "The PDF holds text, not scanned images of text",
            "https://www.w3.org/WAI/WCAG21/Techniques/pdf/PDF7");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PdfFacts pdf) {
        if (pdf.imageOnlyPages() == 0) {
            return List.of();
        }
        if (pdf.pagesWithText() == 0) {
            return List.of(INFO.finding(Outcome.FAILED, null, null, INFO.message("all-pages")));
        }
        return List.of(INFO.finding(Outcome.NEEDS_REVIEW, null, null, INFO.message("some-pages", pdf.imageOnlyPages(), pdf.pages())));
    }
}
