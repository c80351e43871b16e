package nl.ketenscan.rules.hover;

import java.util.Objects;

/**
 * Content that showed while the pointer was on an element and was hidden without it (a tooltip, a
 * popover, a sub-menu), and how it behaved when tried. Content that focusing its trigger shows too is
 * left to the tab walk's {@link nl.ketenscan.rules.keyboard.ContentOnFocus}, so one tooltip is judged once.
 *
 * @param trigger           selector of the element the pointer was on
 * @param content           selector of the content that showed
 * @param snippet           the content's HTML, possibly cut short
 * @param overlays          whether it is positioned out of the flow, over other content, rather than pushing it aside
 * @param escapeHides       whether Escape hid it while the pointer stayed on the trigger
 * @param staysUnderPointer whether it stayed when the pointer moved from the trigger onto it; null when the
 *                          pointer could not reach it (outside the viewport, or it did not show again)
 */
public record HoverContent(String trigger, String content, String snippet, boolean overlays, boolean escapeHides,
                           Boolean staysUnderPointer) {

    public HoverContent {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(content, "content");
    }
}
