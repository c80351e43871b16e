package nl.ketenscan.rules.language;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/** The HTML a finding shows, short enough for a report and stable enough to group findings by. */
final class Snippets {

    static final int MAX_LENGTH = 300;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Snippets() {
    }

    /** The element's HTML on one line, cut after {@value #MAX_LENGTH} characters. */
    static String outerHtml(Element element) {
        String html = WHITESPACE.matcher(element.outerHtml()).replaceAll(" ").trim();
        if (html.length() <= MAX_LENGTH) {
            return html;
        }
        int end = MAX_LENGTH;
        if (Character.isHighSurrogate(html.charAt(end - 1))) {
            end--;
        }
        return html.substring(0, end) + "…";
    }

    /** Only the start tag, e.g. {@code <html lang="nl">}: the rest of the page is no help. */
    static String startTag(Element element) {
        return "<" + element.tagName() + element.attributes().html() + ">";
    }
}
