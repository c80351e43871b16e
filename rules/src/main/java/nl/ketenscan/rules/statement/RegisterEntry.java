package nl.ketenscan.rules.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import java.util.Optional;

import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.PageContent;
import org.jsoup.nodes.Element;

/**
 * The statement's entry in the public register at toegankelijkheidsverklaring.nl, as ketenscan read
 * that one page: the status and date the register shows. The register is read once per organisation,
 * only when the statement links its entry, and never stops a scan: when it could not be read,
 * {@code problem} says why and the report shows it as a note.
 *
 * @param url           the entry's address, as the statement links it
 * @param status        the status the register shows; null when not read
 * @param date          the statement's date the register shows; null when not read
 * @param researchDates the research dates the entry lists
 * @param problem       why the entry could not be read (unreachable, an HTTP error, no status on it); null
 *                      when it was
 */
public record RegisterEntry(String url, StatementStatus status, LocalDate date, List<LocalDate> researchDates,
                            Message problem) {

    public RegisterEntry {
        Objects.requireNonNull(url, "url");
        researchDates = List.copyOf(researchDates);
    }

    /** An entry that could not be read, and why. */
    public static RegisterEntry unread(String url, Message problem) {
        return new RegisterEntry(url, null, null, List.of(), Objects.requireNonNull(problem, "problem"));
    }

    /**
     * Reads the register's page of one statement: its status as the register words it
     * ("B - voldoet gedeeltelijk", or the label's alt text) and its dates, as a statement page is read.
     */
    public static RegisterEntry of(PageContent page) {
        Element body = page.document().body();
        if (body == null) {
            return unread(page.url(), Message.of("register.noStatus"));
        }
        StringBuilder alts = new StringBuilder();
        body.select("img[alt]").forEach(image -> alts.append(image.attr("alt")).append(". "));
        Optional<StatementStatus> status = StatusText.read(body.text()).or(() -> StatusText.read(alts.toString()));
        if (status.isEmpty()) {
            return unread(page.url(), Message.of("register.noStatus"));
        }
        StatementContents contents = StatementContents.of(page);
        return new RegisterEntry(page.url(), status.get(), contents.date(), contents.researchDates(), null);
    }

    /** Whether the register was read and showed a status. */
    public boolean wasRead() {
        return problem == null;
    }
}
