package nl.ketenscan.rules.documents;

import java.util.List;

import nl.ketenscan.rules.DocumentRule;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/** An untagged PDF: its structure exists only visually (PDF/UA-1 7.1; EN 301 549 10.1.3.1). */
public final class PdfTagged implements DocumentRule {

    static final RuleInfo INFO = new RuleInfo("pdf-tagged", List.of("1.3.1"), Impact.SERIOUS,
            "PDF-bestand heeft tags, zodat koppen, lijsten en tabellen voor een schermlezer bestaan",
            "The PDF is tagged, so headings, lists and tables exist for a screen reader",
            "https://www.w3.org/WAI/WCAG21/Understanding/info-and-relationships.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PdfFacts pdf) {
        if (pdf.tagged()) {
            return List.of();
        }
        return List.of(INFO.finding(Outcome.FAILED, null, null, INFO.message("untagged")));
    }
}
