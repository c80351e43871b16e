package nl.ketenscan.rules.statement;

import java.util.List;

import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageResult;

/**
 * What the scan can and cannot say about an organisation's statement status. A scan never
 * establishes a status: it can only rule one out. Any automated failure rules out A (voldoet
 * volledig); a statement declaring A while the scan proves failures is a contradiction; and when
 * no page links to a statement, the organisation is in the situation of status E (geen verklaring).
 *
 * @param statement         the statement found, or null
 * @param pagesChecked      whether any page was rendered and checked; without that nothing can be said
 * @param automatedFailures whether the scan proved at least one failure (exempt content not counted)
 */
public record StatementCheck(Statement statement, boolean pagesChecked, boolean automatedFailures) {

    public static StatementCheck of(OrganisationResults results) {
        List<PageResult> pages = results.pages();
        return new StatementCheck(Statement.find(pages).orElse(null),
                pages.stream().anyMatch(p -> p.facts().skeleton() != null),
                pages.stream().anyMatch(PageResult::hasFailures));
    }

    /** The statuses the scan rules out. */
    public List<StatementStatus> ruledOut() {
        return automatedFailures ? List.of(StatementStatus.A) : List.of();
    }

    /** The statement declares A (voldoet volledig) while the scan proves failures. */
    public boolean contradiction() {
        return statement != null && statement.declaredStatus() == StatementStatus.A && automatedFailures;
    }

    /** No scanned page shows a statement: the situation of status E. */
    public boolean missing() {
        return pagesChecked && statement == null;
    }
}
