package nl.ketenscan.rules.statement;

import java.util.Objects;

/**
 * A link on a page that leads to a toegankelijkheidsverklaring, as the page wrote it.
 *
 * @param url  the absolute target, without fragment
 * @param text the link's text (or image alt, aria-label) with whitespace collapsed
 */
public record StatementLink(String url, String text) {

    public StatementLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(text, "text");
    }
}
