package nl.ketenscan.rules.documents;

import java.util.List;

import nl.ketenscan.rules.DocumentRule;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.exemption.DocumentKind;

/**
 * An office file whose text is marked with no language: a screen reader reads it in its own default
 * language. A spreadsheet marks none as a rule, so it is not judged.
 */
public final class OfficeLanguage implements DocumentRule {

    static final RuleInfo INFO = new RuleInfo("office-language", List.of("3.1.1"), Impact.SERIOUS,
            "Kantoorbestand noemt de taal van zijn tekst",
            "The office file marks the language of its text",
            "https://www.w3.org/WAI/WCAG21/Understanding/language-of-page.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(OfficeFacts office) {
        if (office.kind() == DocumentKind.EXCEL || office.hasLanguage()) {
            return List.of();
        }
        return List.of(INFO.finding(Outcome.FAILED, null, null, INFO.message("no-language", office.kind().title())));
    }
}
