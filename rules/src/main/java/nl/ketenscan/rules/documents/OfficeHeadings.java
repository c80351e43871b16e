package nl.ketenscan.rules.documents;

import java.util.List;

import nl.ketenscan.rules.DocumentRule;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * Short bold paragraphs that look like headings but are not marked as one (WCAG failure F2 in a
 * document): a screen reader cannot jump to them. A bold line may be meant as emphasis, so a person
 * judges: needs review, never failed.
 */
public final class OfficeHeadings implements DocumentRule {

    static final RuleInfo INFO = new RuleInfo("office-headings", List.of("1.3.1"), Impact.MODERATE,
            "Tussenkoppen in een kantoorbestand zijn als kop opgemaakt, niet alleen vet",
            "Headings in an office file use a heading style, not only bold text",
            "https://www.w3.org/WAI/WCAG21/Techniques/failures/F2");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(OfficeFacts office) {
        if (office.lookalikeCount() == 0) {
            return List.of();
        }
        return List.of(INFO.finding(Outcome.NEEDS_REVIEW, null, String.join(" | ", office.lookalikeHeadings()),
                INFO.message("lookalike", office.lookalikeCount(), office.headings())));
    }
}
