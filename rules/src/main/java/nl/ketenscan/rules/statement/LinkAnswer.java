package nl.ketenscan.rules.statement;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.PageAddress;
import nl.ketenscan.rules.PageResult;

/**
 * Whether a link the statement gives works, as far as the scan saw: a page the crawl fetched answered
 * (or not); a page the crawl did not fetch, outside the scope or past its limits, is listed unchecked,
 * because ketenscan requests nothing outside the scope; an e-mail address or phone number cannot be
 * checked by a scan at all.
 *
 * @param url    the link's target
 * @param text   the link's text, or the kind of contact
 * @param answer what the scan knows of it
 * @param status the HTTP status the page answered with; 0 when none
 * @param error  why the page could not be fetched; empty when it could or was not tried
 */
public record LinkAnswer(String url, String text, Answer answer, int status, List<Message> error) {

    public LinkAnswer {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(answer, "answer");
        error = error == null ? List.of() : List.copyOf(error);
    }

    /** What the scan knows of a link. */
    public enum Answer {
        /** The crawl fetched it and it answered without an error. */
        WORKS("works"),
        /** The crawl fetched it and it answered with an HTTP error or not at all. */
        BROKEN("broken"),
        /** The crawl did not fetch it: outside the scope, or past the scan's limits. */
        NOT_CHECKED("not-checked"),
        /** An e-mail address or phone number, which a scan cannot try. */
        NOT_A_PAGE("not-a-page");

        private final String id;

        Answer(String id) {
            this.id = id;
        }

        /** The name in results.json and the message keys. */
        public String id() {
            return id;
        }
    }

    /** The answer the crawl got for {@code url}, looked up among the scanned pages by address or alias. */
    static LinkAnswer of(String url, String text, List<PageResult> pages, Map<String, List<String>> aliases) {
        String key = PageAddress.key(url);
        for (PageResult page : pages) {
            boolean same = PageAddress.key(page.url()).equals(key)
                    || page.finalUrl() != null && PageAddress.key(page.finalUrl()).equals(key)
                    || aliases.getOrDefault(page.url(), List.of()).stream().anyMatch(a -> PageAddress.key(a).equals(key));
            if (same) {
                boolean broken = page.httpStatus() == 0 || page.httpStatus() >= 400;
                return new LinkAnswer(url, text, broken ? Answer.BROKEN : Answer.WORKS, page.httpStatus(),
                        broken && page.error() != null ? page.error() : List.of());
            }
        }
        return new LinkAnswer(url, text, Answer.NOT_CHECKED, 0, List.of());
    }

    /** Whether the link is known not to work. */
    public boolean broken() {
        return answer == Answer.BROKEN;
    }
}
