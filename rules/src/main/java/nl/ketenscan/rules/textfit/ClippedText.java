package nl.ketenscan.rules.textfit;

import java.util.Objects;

/**
 * Text that was wholly in view and, after the page changed as a reader may change it (zoomed, more
 * spacing), is cut off in part by an ancestor that hides what overflows it, with part still in view.
 * Text hidden wholly is not this: a menu that collapses hides its text on purpose.
 *
 * @param selector  the element holding the text
 * @param snippet   its HTML as the browser gave it, possibly cut short
 * @param clippedBy the nearest ancestor that hides what overflows it; null when unknown
 * @param text      the start of the text
 */
public record ClippedText(String selector, String snippet, String clippedBy, String text) {

    public ClippedText {
        Objects.requireNonNull(selector, "selector");
    }
}
