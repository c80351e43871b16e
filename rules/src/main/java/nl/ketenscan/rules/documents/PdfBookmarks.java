package nl.ketenscan.rules.documents;

import java.util.List;

import nl.ketenscan.rules.DocumentRule;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * A long PDF without bookmarks (WCAG technique PDF2). Review, not failure: a table of contents with
 * links is another way to find a part, and the scan does not see whether there is one.
 */
public final class PdfBookmarks implements DocumentRule {

    static final RuleInfo INFO = new RuleInfo("pdf-bookmarks", List.of("2.4.5"), Impact.MODERATE,
            "Lang PDF-bestand heeft bladwijzers om onderdelen te vinden",
            "A long PDF has bookmarks to find its parts",
            "https://www.w3.org/WAI/WCAG21/Techniques/pdf/PDF2");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PdfFacts pdf) {
        if (pdf.bookmarks() || pdf.pages() <= PdfFacts.LONG_DOCUMENT_PAGES) {
            return List.of();
        }
        return List.of(INFO.finding(Outcome.NEEDS_REVIEW, null, null, INFO.message("none", pdf.pages())));
    }
}
