package nl.ketenscan.rules.documents;

import java.util.List;

import nl.ketenscan.rules.DocumentRule;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.RuleInfo;

/**
 * Tables in an office file without a marked header row: a screen reader cannot name a cell's column.
 * A table may only lay out the page, so a person judges: needs review.
 */
public final class OfficeTableHeader implements DocumentRule {

    static final RuleInfo INFO = new RuleInfo("office-table-header", List.of("1.3.1"), Impact.SERIOUS,
            "Tabellen in een kantoorbestand hebben een gemarkeerde kopregel",
            "Tables in an office file have a marked header row",
            "https://www.w3.org/WAI/WCAG21/Understanding/info-and-relationships.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(OfficeFacts office) {
        if (office.tablesWithoutHeader() == 0) {
            return List.of();
        }
        return List.of(INFO.finding(Outcome.NEEDS_REVIEW, null, null,
                INFO.message("no-header-row", office.tablesWithoutHeader(), office.tables())));
    }
}
