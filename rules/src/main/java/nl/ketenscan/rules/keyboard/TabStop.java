package nl.ketenscan.rules.keyboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One focus the tab walk saw: the element that got it, how it looked without and with focus, and
 * what focusing it did. A stop with {@code leftPage} set is the moment focus went to the browser
 * itself (past the first or last element); its element fields are null.
 *
 * @param step          position in the walk, counting every stop
 * @param selector      CSS selector of the element in the top document (an iframe for a stop inside a frame)
 * @param role          explicit or implicit role
 * @param tabIndex      the element's tabIndex; above 0 it is taken out of the document's order
 * @param box           where it is on the page, in CSS pixels from the document's top left, after focus
 * @param inViewport    whether any of it was in the viewport once focused
 * @param visible       whether it was rendered and not transparent once focused
 * @param before        its look without focus; null when it was removed before that could be read
 * @param after         its look with focus (transitions run to their end)
 * @param besideColours the opaque colours just outside its box and outline, one for each side in the viewport;
 *                      null for a side where an image or translucency makes it unknown
 * @param insideColour  its own opaque background colour, null when unknown
 * @param focusMovedTo  where a script moved focus on while this stop had it, null when it stayed
 * @param navigatedTo   the address a navigation started on focus went to (not followed), null when none
 * @param openedWindow  the address of a window opened on focus (not opened), null when none
 * @param formControl   whether it is a text-like field or a select, whose border may be what shows it
 * @param obscuredShare how much of its part in the viewport, once focused, lay under the page's own content
 *                      that stays in place when scrolling (position fixed or sticky: a header, a banner),
 *                      from 0 (none) to 1 (all of it), measured at nine points
 * @param obscuredBy    the selector of that content; null when nothing covered it
 */
public record TabStop(int step, Direction direction, boolean leftPage, String selector, String role, String name,
                      String snippet, int tabIndex, Box box, boolean inViewport, boolean visible, FocusStyle before,
                      FocusStyle after, List<String> besideColours, String insideColour, String focusMovedTo,
                      String navigatedTo, String openedWindow, boolean formControl, double obscuredShare,
                      String obscuredBy) {

    public TabStop {
        besideColours = besideColours == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(besideColours));
    }

    /** A stop nothing covered once focused. */
    public TabStop(int step, Direction direction, boolean leftPage, String selector, String role, String name,
                   String snippet, int tabIndex, Box box, boolean inViewport, boolean visible, FocusStyle before,
                   FocusStyle after, List<String> besideColours, String insideColour, String focusMovedTo,
                   String navigatedTo, String openedWindow, boolean formControl) {
        this(step, direction, leftPage, selector, role, name, snippet, tabIndex, box, inViewport, visible, before, after,
                besideColours, insideColour, focusMovedTo, navigatedTo, openedWindow, formControl, 0, null);
    }

    /** Which key brought focus here. */
    public enum Direction {
        /** Tab from the top of the page */
        FORWARD,
        /** Shift+Tab, from the end of the forward walk or from inside a cycle */
        BACKWARD,
        /** Tab after Escape was pressed inside a cycle */
        AFTER_ESCAPE,
        /** Tab after Enter on a skip link */
        AFTER_SKIP
    }

    /** A rectangle in CSS pixels. */
    public record Box(double x, double y, double width, double height) {
    }

    /** The moment focus went to the browser, past the first or last stop. */
    public static TabStop left(int step, Direction direction) {
        return new TabStop(step, direction, true, null, null, null, null, 0, null, false, false, null, null, List.of(), null,
                null, null, null, false);
    }
}
