package nl.ketenscan.report;

import java.util.List;

import nl.ketenscan.report.ReportModel.Link;
import nl.ketenscan.rules.statement.LinkAnswer;
import nl.ketenscan.rules.statement.RegisterEntry;
import nl.ketenscan.rules.statement.StatementCheck;
import nl.ketenscan.rules.statement.StatementStatus;

/**
 * The statement as Logius checks it, laid out for the organisation's page: dates with "te oud", the
 * ways to contact and the research reports with what the scan knows of them, and the three statuses
 * side by side. Public for FreeMarker, which reads only public classes; the report's own.
 *
 * @param date             the statement's date as the report writes it; null when it states none
 * @param dateTooOld       more than a year before the scan
 * @param researchDates    the research dates it and its register entry cite, oldest first
 * @param researchTooOld   status A or B rests on research more than three years before the scan
 * @param claimsResearch   A or B is declared, so research must back it
 * @param pageScanned      the statement page itself was scanned, so its contents could be read
 * @param contacts         each way to contact, its kind as {@code contact.<kind>}
 * @param researchReports  each linked research report
 * @param register         the register entry as read; null when the statement links none or it was not asked
 * @param declaredStatus   the letter the statement declares; null when unread
 * @param ruledOut         the letters the scan rules out
 */
public record StatementReview(String date, boolean dateTooOld, List<String> researchDates, boolean researchTooOld,
                              boolean claimsResearch, boolean pageScanned, List<LinkRow> contacts,
                              List<LinkRow> researchReports, RegisterRow register, String declaredStatus,
                              List<String> ruledOut, boolean statusDisagreement, boolean contradiction) {

    /**
     * A link with what the scan knows of it.
     *
     * @param kindKey   for a contact its kind ({@code email}, {@code phone}, {@code form}); for a report null
     * @param answerKey {@code works}, {@code broken}, {@code not-checked} or {@code not-a-page}
     * @param status    the HTTP status it answered with; 0 when none
     * @param error     why it could not be fetched, in the report's language; nullable
     */
    public record LinkRow(String kindKey, Link target, String text, String answerKey, int status, String error) {
    }

    /**
     * @param status  the letter the register shows; null when it could not be read
     * @param date    its date as the report writes it; nullable
     * @param problem why it could not be read, in the report's language; null when it was
     */
    public record RegisterRow(Link url, String status, String date, String problem) {
    }

    static StatementReview of(StatementCheck check, ReportText text) {
        MessageText messages = text.messages();
        List<LinkRow> contacts = check.contacts().stream().map(a -> row(a, a.text(), messages)).toList();
        List<LinkRow> reports = check.researchReports().stream().map(a -> row(a, null, messages)).toList();
        RegisterEntry entry = check.register();
        RegisterRow register = entry == null ? null : new RegisterRow(Link.to(entry.url()),
                check.registerStatus() == null ? null : check.registerStatus().name(),
                entry.date() == null ? null : text.date(entry.date()),
                entry.problem() == null ? null : messages.of(entry.problem()));
        return new StatementReview(check.date().map(text::date).orElse(null), check.statementTooOld(),
                check.researchDates().stream().map(text::date).toList(), check.researchTooOld(), check.claimsResearch(),
                check.statementPageScanned(), contacts, reports, register,
                check.declared() == null ? null : check.declared().name(),
                check.ruledOut().stream().map(StatementStatus::name).toList(), check.statusDisagreement(),
                check.contradiction());
    }

    private static LinkRow row(LinkAnswer answer, String kind, MessageText messages) {
        return new LinkRow(kind, Link.to(answer.url()), kind == null ? answer.text() : answer.url(),
                answer.answer().id(), answer.status(), answer.error().isEmpty() ? null : messages.of(answer.error()));
    }
}
