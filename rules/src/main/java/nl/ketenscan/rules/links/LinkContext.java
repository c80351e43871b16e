package nl.ketenscan.rules.links;

import java.util.Set;
import java.util.regex.Pattern;

import nl.ketenscan.rules.dom.Hidden;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Whether a link has what WCAG 2.4.4 calls a programmatically determined link context: text a
 * screen reader user can reach from the link to learn its purpose.
 *
 * <p>WCAG counts the whole enclosing paragraph, list item or table cell, plus the associated header
 * cells and the link's {@code aria-describedby}. Whether a paragraph really tells where a link goes
 * is for a person to judge; what a scan can tell is whether there is any context at all. So this
 * looks at the link's own sentence within that paragraph, list item or cell: {@code Bekijk de afvalkalender
 * voor 2025 <a>hier</a>.} has context; {@code Wilt u een afspraak maken? <a>Klik hier</a>.} has none
 * in its sentence, and the question before it is exactly what a person must check. Row header cells
 * and the {@code headers} attribute count for links in data cells; column headers name a kind of
 * content ("Document"), rarely one link's purpose, and do not.
 */
final class LinkContext {

    private static final Set<String> CONTEXT_ELEMENTS = Set.of("p", "li", "td", "th", "dd");
    /** Stands for the link in the text of its context, so the link's own words are not counted. */
    private static final char LINK = '\uE000';
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private LinkContext() {
    }

    static boolean hasContext(Element link) {
        if (!AccessibleName.referencedText(link, "aria-describedby").isEmpty()) {
            return true;
        }
        Element container = link.parents().stream()
                .filter(e -> CONTEXT_ELEMENTS.contains(e.normalName()))
                .findFirst().orElse(null);
        if (container == null) {
            return false;
        }
        if (WORD.matcher(sentenceOf(link, container)).find()) {
            return true;
        }
        return container.nameIs("td") && WORD.matcher(headerText(container)).find();
    }

    /** The sentence of the container's text that holds the link, without the link's own text. */
    private static String sentenceOf(Element link, Element container) {
        StringBuilder text = new StringBuilder();
        container.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == link) {
                    text.append(LINK);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode textNode) {
                    text.append(textNode.getWholeText());
                } else if (node instanceof Element element) {
                    if (element != container && Hidden.fromAssistiveTech(element)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (element.nameIs("img")) {
                        text.append(' ').append(element.attr("alt")).append(' ');
                    } else if (element.isBlock() || element.nameIs("br")) {
                        text.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        for (String sentence : SENTENCE_END.split(text)) {
            if (sentence.indexOf(LINK) >= 0) {
                return sentence.replace(String.valueOf(LINK), " ");
            }
        }
        return "";
    }

    private static String headerText(Element cell) {
        String headers = AccessibleName.referencedText(cell, "headers");
        if (!headers.isEmpty()) {
            return headers;
        }
        Element row = cell.parent();
        return row == null ? "" : row.children().stream()
                .filter(c -> c.nameIs("th"))
                .map(Element::text)
                .reduce("", (a, b) -> a + " " + b);
    }
}
