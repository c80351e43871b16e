package nl.ketenscan.rules.statement;

import java.util.Objects;

/**
 * A way to contact the organisation about accessibility that its statement names, as Logius asks:
 * an e-mail address, a phone number or a form.
 *
 * @param kind    e-mail, phone or form
 * @param address the link target ({@code mailto:…}, {@code tel:…}, the form's page) or, when the
 *                statement only writes it, the address or number as written
 * @param linked  true when the statement links it; a number only written can still be called
 */
public record ContactWay(Kind kind, String address, boolean linked) {

    public ContactWay {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
    }

    /** How a person reaches the organisation. */
    public enum Kind {
        EMAIL("email"), PHONE("phone"), FORM("form");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The name in results.json and the message keys. */
        public String id() {
            return id;
        }
    }

    /** Whether the address is a web page, which the crawl can have checked; e-mail and phone are not. */
    public boolean isWebPage() {
        return kind == Kind.FORM && linked;
    }
}
