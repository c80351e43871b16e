package nl.ketenscan.rules.reflow;

import java.util.List;

/**
 * What the browser showed of a page laid out in a viewport {@code viewportWidth} CSS px wide (320:
 * a 1280 px window zoomed to 400%): how wide the page became, and the elements that stick out.
 * Two-dimensional content (data tables, code and preformatted text, video, canvas, maths) and what
 * scrolls inside a container of its own are left out by the gatherer: the criterion lets those scroll.
 *
 * @param pageWidth the width the page can be scrolled to, in CSS px
 */
public record ReflowLayout(int viewportWidth, int pageWidth, List<Overflow> overflows) {

    public ReflowLayout {
        overflows = List.copyOf(overflows);
    }
}
