package nl.ketenscan.rules.links;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Whether screen readers skip an element, as far as the DOM tells without the style sheets: the
 * {@code hidden} and {@code aria-hidden} attributes and inline styles. Content hidden by a class
 * in a style sheet still counts, so a hidden link may be judged; its finding then needs review anyway.
 */
public final class Hidden {

    private static final Pattern HIDING_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private Hidden() {
    }

    public static boolean fromAssistiveTech(Element element) {
        return element.hasAttr("hidden")
                || "true".equalsIgnoreCase(element.attr("aria-hidden").trim())
                || HIDING_STYLE.matcher(element.attr("style")).find();
    }

    /** The element or one of its ancestors is hidden: screen readers never reach it. */
    public static boolean withAncestors(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (fromAssistiveTech(e)) {
                return true;
            }
        }
        return false;
    }
}
