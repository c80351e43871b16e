package nl.ketenscan.rules.reflow;

import java.util.Objects;

/**
 * An element that sticks out past the right edge of a narrow viewport while its parent does not:
 * the outermost element of what does not reflow, so a developer knows where to look.
 *
 * @param selector where it is, a CSS selector into the top document
 * @param snippet  its HTML as the browser gave it, possibly cut short
 * @param content  what in it lies past the edge
 * @param reach    how the part past the edge can be reached: by scrolling the page sideways, or not at all
 * @param left     its left edge in CSS px from the left of the page
 * @param right    its right edge in CSS px from the left of the page
 */
public record Overflow(String selector, String snippet, Content content, Reach reach, int left, int right) {

    public Overflow {
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(reach, "reach");
    }

    /** What lies past the viewport's edge. */
    public enum Content {
        /** Text that must be read: the reader has to scroll sideways, line by line. */
        TEXT,
        /** An image, frame, object or SVG: may be a map or diagram, which the criterion lets scroll. */
        MEDIA,
        /** Only boxes: nothing to read or see is past the edge. */
        EMPTY
    }

    /** How a reader gets to the part past the edge. */
    public enum Reach {
        /** The page scrolls sideways to it. */
        PAGE_SCROLLS,
        /** An ancestor clips it or it is fixed in place: that part cannot be seen at all. */
        CUT_OFF
    }
}
