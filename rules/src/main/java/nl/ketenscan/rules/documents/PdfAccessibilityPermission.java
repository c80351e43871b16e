package nl.ketenscan.rules.documents;

import java.util.List;

import nl.ketenscan.rules.DocumentRule;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * Security settings that forbid extracting text for accessibility (PDF/UA-1 7.16). Review, not
 * failure: PDF 2.0 makes readers ignore that permission and many screen readers already do, so
 * whether it blocks anyone depends on the reader.
 */
public final class PdfAccessibilityPermission implements DocumentRule {

    static final RuleInfo INFO = new RuleInfo("pdf-accessibility-permission", List.of("1.3.1"), Impact.SERIOUS,
            "Beveiliging van het PDF-bestand laat hulpsoftware de tekst lezen",
            "The PDF's security settings let assistive technology read the text",
            "https://www.w3.org/WAI/WCAG21/Understanding/info-and-relationships.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(PdfFacts pdf) {
        if (!pdf.accessibilityBlocked()) {
            return List.of();
        }
        return List.of(INFO.finding(Outcome.NEEDS_REVIEW, null, null, INFO.message("blocked")));
    }
}
