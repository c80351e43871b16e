package nl.ketenscan.rules;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The HTML of an element as a finding shows it: on one line and cut to a length a report can show,
 * like axe-core's node snippets, so findings of both engines read alike.
 */
public final class Snippet {

    static final int MAX_LENGTH = 300;
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Snippet() {
    }

    public static String of(Element element) {
        return of(element.outerHtml());
    }

    /** The same for HTML the browser gave, such as a gatherer's {@code outerHTML}; null stays null. */
    public static String of(String outerHtml) {
        if (outerHtml == null) {
            return null;
        }
        String html = SPACE.matcher(outerHtml).replaceAll(" ").trim();
        return html.length() <= MAX_LENGTH ? html : html.substring(0, MAX_LENGTH - 1) + "…";
    }
}
