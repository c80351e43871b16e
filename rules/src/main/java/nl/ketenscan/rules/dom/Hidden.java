package nl.ketenscan.rules.dom;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Whether an element, with everything inside it, is hidden, as far as the DOM tells without the
 * style sheets: elements browsers never render, the {@code hidden} attribute, inline
 * {@code display: none} and {@code visibility: hidden}, and {@code aria-hidden="true"}. Content
 * hidden by a class in a style sheet still counts as shown, so a rule may judge it; that is why
 * judgements on it need review rather than fail.
 *
 * <p>Two kinds, as the ACT rules define them: hidden from everyone (neither visible nor in the
 * accessibility tree), and hidden from assistive technology ("programmatically hidden", which adds
 * {@code aria-hidden="true"}: such text is still seen). A rule about what people read, such as the
 * language of a text, its plain Dutch or a sensory instruction, leaves out only what is hidden from
 * everyone; a rule about what a screen reader announces, such as a link's name, also leaves out what
 * is hidden from assistive technology.
 */
public final class Hidden {

    /** Elements whose content a browser does not render; {@code noscript} because the browser runs scripts. */
    private static final Set<String> NOT_RENDERED = Set.of("head", "script", "style", "noscript", "template");
    private static final Pattern INVISIBLE_STYLE = Pattern.compile(
            "(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

    private Hidden() {
    }

    /** The element and its content are neither shown nor in the accessibility tree. */
    public static boolean fromEveryone(Element element) {
        return NOT_RENDERED.contains(element.normalName()) || element.hasAttr("hidden")
                || INVISIBLE_STYLE.matcher(element.attr("style")).find();
    }

    /** The element and its content are not in the accessibility tree: screen readers skip them. */
    public static boolean fromAssistiveTech(Element element) {
        return fromEveryone(element) || "true".equalsIgnoreCase(element.attr("aria-hidden").trim());
    }

    /** The element or one of its ancestors is hidden from assistive technology: screen readers never reach it. */
    public static boolean fromAssistiveTechWithAncestors(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (fromAssistiveTech(e)) {
                return true;
            }
        }
        return false;
    }

    /** The element or one of its ancestors is hidden from everyone. */
    static boolean fromEveryoneWithAncestors(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (fromEveryone(e)) {
                return true;
            }
        }
        return false;
    }
}
