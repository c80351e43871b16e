package nl.ketenscan.crawler.login;

import java.util.Objects;

/**
 * A user name or password for a login form. It is shown to nothing but the form's field:
 * {@link #toString()} hides it, so a message, log line or exception that mentions it by mistake still
 * does not contain it; only {@link #reveal()} gives the value, to the one place that types it.
 *
 * @param source where it was read, e.g. {@code $KETENSCAN_LOGIN_PASSWORD}, for messages
 */
public record Secret(String source, String value) {

    public Secret {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(value, "value");
    }

    /** The value, for typing it into the login form and nothing else. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "secret from " + source + " (hidden)";
    }
}
