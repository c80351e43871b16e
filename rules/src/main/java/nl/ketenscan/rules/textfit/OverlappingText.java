package nl.ketenscan.rules.textfit;

import java.util.Objects;

/**
 * Text that, once the page changed as a reader may change it (more spacing), runs into the text of
 * another element that it did not touch before: the lines' boxes now overlap on the screen.
 *
 * @param selector  the element holding the text
 * @param snippet   its HTML as the browser gave it, possibly cut short
 * @param text      the start of its text
 * @param other     the element whose text it now overlaps
 * @param otherText the start of that text
 */
public record OverlappingText(String selector, String snippet, String text, String other, String otherText) {

    public OverlappingText {
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(other, "other");
    }
}
