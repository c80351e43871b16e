package nl.ketenscan.rules.keyboard;

/**
 * A visible element that acts on a click, or says it does, but that keyboard focus cannot reach: not
 * focusable itself, and with no focusable element around or inside it that could stand in for it.
 *
 * @param how          what shows it acts on a click
 * @param pointerCursor whether the page gives it the hand cursor, as for something to click
 */
public record ClickTarget(String selector, String snippet, String role, String name, How how, boolean pointerCursor) {

    /** What shows that the element acts on a click. */
    public enum How {
        /** an {@code onclick} attribute */
        ATTRIBUTE,
        /** an {@code onclick} handler set by script */
        PROPERTY,
        /** a click, mousedown or pointerdown listener added by the page's scripts */
        LISTENER,
        /** an explicit role of a control that is activated, such as button or link */
        ROLE
    }
}
