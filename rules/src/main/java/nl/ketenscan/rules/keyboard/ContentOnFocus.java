package nl.ketenscan.rules.keyboard;

/**
 * Content that showed while an element had focus and was hidden without it (a tooltip, a sub-menu),
 * and how it behaved when tried.
 *
 * @param trigger          selector of the element whose focus showed it
 * @param content          selector of the content
 * @param overlays         whether it is positioned out of the flow, over other content, rather than pushing it aside
 * @param showsOnFocus     whether focusing the trigger again showed it again
 * @param escapeHides      whether Escape hid it while the trigger kept focus (or Escape took focus away with it)
 * @param showsOnHover     whether the pointer on the trigger, without focus, showed it; null when not tried
 * @param staysUnderPointer whether it stayed when the pointer moved from the trigger onto it; null when not tried
 */
public record ContentOnFocus(String trigger, String content, boolean overlays, boolean showsOnFocus,
                             boolean escapeHides, Boolean showsOnHover, Boolean staysUnderPointer) {
}
