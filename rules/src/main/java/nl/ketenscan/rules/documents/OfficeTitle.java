package nl.ketenscan.rules.documents;

import java.util.List;

import nl.ketenscan.rules.DocumentRule;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/** An office file without a title in its properties: the reader's window and a screen reader announce the file name. */
public final class OfficeTitle implements DocumentRule {

    static final RuleInfo INFO = new RuleInfo("office-title", List.of("2.4.2"), Impact.MODERATE,
            "Kantoorbestand heeft een titel in zijn eigenschappen",
            "The office file has a title in its properties",
            "https://www.w3.org/WAI/WCAG21/Understanding/page-titled.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(OfficeFacts office) {
        return office.hasTitle() ? List.of()
                : List.of(INFO.finding(Outcome.FAILED, null, null, INFO.message("no-title", office.kind().title())));
    }
}
