package nl.ketenscan.rules.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import nl.ketenscan.rules.OrganisationResults;
import nl.ketenscan.rules.PageAddress;
import nl.ketenscan.rules.PageResult;

/**
 * What the scan can and cannot say about an organisation's statement, checked as Logius checks the
 * statements in its register. A scan never establishes a status: it can only rule one out. Any
 * automated failure rules out A (voldoet volledig); a statement or register entry declaring A while the
 * scan proves failures is a contradiction; and when no page links to a statement, the organisation is
 * in the situation of status E (geen verklaring).
 *
 * <p>Logius's limits, relative to the day of the scan: the statement at most one year old, the research
 * behind status A or B at most three years old; the statement names a working way to contact the
 * organisation and links each research report directly.
 *
 * @param statement            the statement found, or null
 * @param pagesChecked         whether any page was rendered and checked; without that nothing can be said
 * @param automatedFailures    whether the scan proved at least one failure (exempt content not counted)
 * @param scanDate             the day the scan started, which the age limits count from; null when unknown
 * @param register             the statement's register entry as read; null when not linked or not looked up
 * @param statementPageScanned whether the statement page itself was among the scanned pages
 * @param contacts             the ways to contact the statement names, each with what the scan knows of it
 * @param researchReports      the research reports it links, each with whether it answered
 */
public record StatementCheck(Statement statement, boolean pagesChecked, boolean automatedFailures,
                             LocalDate scanDate, RegisterEntry register, boolean statementPageScanned,
                             List<LinkAnswer> contacts, List<LinkAnswer> researchReports) {

    /** Logius: a statement is at most this many years old. */
    public static final int STATEMENT_YEARS = 1;
    /** Logius: the research behind status A or B is at most this many years old. */
    public static final int RESEARCH_YEARS = 3;

    public StatementCheck {
        contacts = List.copyOf(contacts);
        researchReports = List.copyOf(researchReports);
    }

    /** A check without dates, register or the statement page's contents. */
    public StatementCheck(Statement statement, boolean pagesChecked, boolean automatedFailures) {
        this(statement, pagesChecked, automatedFailures, null, null, false, List.of(), List.of());
    }

    public static StatementCheck of(OrganisationResults results) {
        return of(results, null);
    }

    /** @param scanDate the day the scan started; null leaves the age of statement and research unjudged */
    public static StatementCheck of(OrganisationResults results, LocalDate scanDate) {
        List<PageResult> pages = results.pages();
        Statement statement = Statement.find(pages).orElse(null);
        boolean scanned = statement != null && statement.url() != null && pages.stream()
                .filter(p -> p.facts().statement().statementPage())
                .anyMatch(p -> PageAddress.key(p.url()).equals(PageAddress.key(statement.url()))
                        || p.finalUrl() != null && PageAddress.key(p.finalUrl()).equals(PageAddress.key(statement.url())));
        Map<String, List<String>> aliases = new HashMap<>();
        results.links().forEach((url, links) -> aliases.put(url, links.aliases()));
        List<LinkAnswer> contacts = new ArrayList<>();
        List<LinkAnswer> reports = new ArrayList<>();
        if (statement != null) {
            for (ContactWay way : statement.contents().contacts()) {
                contacts.add(way.isWebPage() ? LinkAnswer.of(way.address(), way.kind().id(), pages, aliases)
                        : new LinkAnswer(way.address(), way.kind().id(), LinkAnswer.Answer.NOT_A_PAGE, 0, List.of()));
            }
            statement.contents().researchReports()
                    .forEach(link -> reports.add(LinkAnswer.of(link.url(), link.text(), pages, aliases)));
        }
        return new StatementCheck(statement,
                pages.stream().anyMatch(p -> p.facts().skeleton() != null),
                pages.stream().anyMatch(PageResult::hasFailures), scanDate, results.register(), scanned,
                contacts, reports);
    }

    /** The statuses the scan rules out. */
    public List<StatementStatus> ruledOut() {
        return automatedFailures ? List.of(StatementStatus.A) : List.of();
    }

    /** The statement, or its register entry, declares A (voldoet volledig) while the scan proves failures. */
    public boolean contradiction() {
        return automatedFailures && (declared() == StatementStatus.A || registerStatus() == StatementStatus.A);
    }

    /** No scanned page shows a statement: the situation of status E. */
    public boolean missing() {
        return pagesChecked && statement == null;
    }

    /** The status the statement declares; null when none was found or read. */
    public StatementStatus declared() {
        return statement == null ? null : statement.declaredStatus();
    }

    /** The status the register shows; null when it was not read. */
    public StatementStatus registerStatus() {
        return register == null || !register.wasRead() ? null : register.status();
    }

    /** The statement and the register show different statuses. */
    public boolean statusDisagreement() {
        return declared() != null && registerStatus() != null && declared() != registerStatus();
    }

    /** The statement's date: as it states it, else as the register shows it. */
    public Optional<LocalDate> date() {
        LocalDate own = statement == null ? null : statement.contents().date();
        if (own != null) {
            return Optional.of(own);
        }
        return register == null || register.date() == null ? Optional.empty() : Optional.of(register.date());
    }

    /** The statement is more than a year older than the scan. */
    public boolean statementTooOld() {
        return scanDate != null && date().filter(d -> d.plusYears(STATEMENT_YEARS).isBefore(scanDate)).isPresent();
    }

    /** The research dates the statement and its register entry cite, oldest first, each once. */
    public List<LocalDate> researchDates() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        if (statement != null) {
            dates.addAll(statement.contents().researchDates());
        }
        if (register != null) {
            dates.addAll(register.researchDates());
        }
        return List.copyOf(dates);
    }

    /** Status A or B is declared, and the latest research it cites is more than three years older than the scan. */
    public boolean researchTooOld() {
        List<LocalDate> dates = researchDates();
        return scanDate != null && claimsResearch() && !dates.isEmpty()
                && dates.get(dates.size() - 1).plusYears(RESEARCH_YEARS).isBefore(scanDate);
    }

    /** Status A or B is declared by statement or register, which research must back. */
    public boolean claimsResearch() {
        return declared() == StatementStatus.A || declared() == StatementStatus.B
                || registerStatus() == StatementStatus.A || registerStatus() == StatementStatus.B;
    }

    /** The statement page was scanned and names no way to contact the organisation. */
    public boolean noContact() {
        return statementPageScanned && contacts.isEmpty();
    }

    /** A linked research report, or a contact form, that the crawl found not answering. */
    public boolean brokenLinks() {
        return contacts.stream().anyMatch(LinkAnswer::broken) || researchReports.stream().anyMatch(LinkAnswer::broken);
    }

    /** The statement page was scanned, claims A or B, and links no research report. */
    public boolean noResearchReport() {
        return statementPageScanned && claimsResearch() && researchReports.isEmpty();
    }
}
