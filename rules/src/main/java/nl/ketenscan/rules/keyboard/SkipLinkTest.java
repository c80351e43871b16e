package nl.ketenscan.rules.keyboard;

/**
 * What Enter on the first in-page link among the first stops, then Tab, did with the focus.
 *
 * @param href           the link's {@code href}, {@code #} and the fragment
 * @param target         selector of the element the fragment names, null when the page has none
 * @param focusAfter     selector of the element Tab reached after Enter, null when focus left the page
 * @param reachedTarget  whether that element is the target, inside it or after it in the document
 */
public record SkipLinkTest(String selector, String name, String snippet, String href, String target,
                           String focusAfter, boolean reachedTarget) {
}
