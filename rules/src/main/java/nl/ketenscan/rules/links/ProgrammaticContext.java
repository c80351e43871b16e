package nl.ketenscan.rules.links;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The programmatically determined link context of each link of a page, as far as it tells links apart:
 * the text of the enclosing paragraph, list item or cell without the link's own text, the cell's header
 * cells, the link's {@code aria-describedby}, and the heading the link is under (technique H80). Two
 * links with the same name and the same context are the case of ACT rule fd3a94 ("Links with identical
 * accessible names and same context serve equivalent purpose"): nothing a screen reader can reach
 * tells them apart.
 *
 * <p>It is wider than {@link LinkContext}, which looks for any context at all in the link's sentence:
 * here every part of the context counts, so links are taken as having the same context only when all
 * of it is equal, and two links are never wrongly said to be indistinguishable.
 */
final class ProgrammaticContext {

    private static final Set<String> CONTAINERS = Set.of("p", "li", "td", "th", "dd");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> CONJUNCTIONS = Set.of("of", "en", "or", "and");

    private final Map<Element, String> headingAbove;

    private ProgrammaticContext(Map<Element, String> headingAbove) {
        this.headingAbove = headingAbove;
    }

    /** Reads, in one pass over the document, the heading each of the links is under. */
    static ProgrammaticContext of(List<Element> links) {
        Map<Element, String> headingAbove = new IdentityHashMap<>();
        if (links.isEmpty()) {
            return new ProgrammaticContext(headingAbove);
        }
        Set<Element> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(links);
        String[] current = {""};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element.normalName().matches("h[1-6]") || "heading".equals(element.attr("role"))) {
                        current[0] = element.text();
                    }
                    if (wanted.contains(element)) {
                        headingAbove.put(element, current[0]);
                    }
                }
            }
        }, links.get(0).ownerDocument());
        return new ProgrammaticContext(headingAbove);
    }

    /** The link's context as one comparable text: equal for two links only when all parts are equal. */
    String of(Element link) {
        Element container = container(link);
        String around = "";
        String headers = "";
        if (container != null) {
            // the link's own words, and those of links with the same words, tell it apart from nothing
            Element copy = container.clone();
            String words = normalise(link.text());
            copy.select("a, area").stream().filter(other -> normalise(other.text()).equals(words)).forEach(Element::remove);
            around = copy.text();
            if (container.nameIs("td")) {
                headers = cellHeaders(container, link);
            }
        }
        String described = AccessibleName.referencedText(link, "aria-describedby");
        return normalise(around) + "\n" + normalise(headers) + "\n" + normalise(described) + "\n"
                + normalise(headingAbove.getOrDefault(link, ""));
    }

    /**
     * Whether text a reader meets tells two links of one context apart: in one paragraph, list item or
     * cell, any word between them but "or" and "and" does ("Voor bewoners: Aanvragen. Voor bezoekers:
     * aanvragen"); in two such blocks of the same text, nothing does.
     */
    boolean toldApart(Element one, Element other) {
        Element container = container(one);
        if (container == null || container != container(other)) {
            return false;
        }
        StringBuilder between = new StringBuilder();
        boolean[] inside = {false};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node == one || node == other) {
                    inside[0] = !inside[0];
                } else if (inside[0] && node instanceof TextNode text && !isWithin(text, one, other)) {
                    between.append(' ').append(text.getWholeText());
                }
            }
        }, container);
        return WORD.matcher(normalise(between.toString())).results()
                .anyMatch(word -> !CONJUNCTIONS.contains(word.group()));
    }

    private static boolean isWithin(Node node, Element one, Element other) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n == one || n == other) {
                return true;
            }
        }
        return false;
    }

    private static Element container(Element link) {
        return link.parents().stream().filter(e -> CONTAINERS.contains(e.normalName())).findFirst().orElse(null);
    }

    /**
     * The header cells of a data cell: its {@code headers}, the row's header cells and the column's.
     * In a table with merged cells the column is not known without laying the table out; such a cell
     * gets a context of its own, so its links are never taken as indistinguishable.
     */
    private static String cellHeaders(Element cell, Element link) {
        Element row = cell.parent();
        Element table = cell.closest("table");
        if (row == null || table == null || !table.select("[colspan], [rowspan]").isEmpty()) {
            return "unknown headers of " + link.cssSelector();
        }
        String rowHeaders = String.join(" ", row.children().stream().filter(c -> c.nameIs("th")).map(Element::text).toList());
        Element headerRow = table.selectFirst("tr:has(> th)");
        int column = cell.elementSiblingIndex();
        String columnHeader = headerRow == null || headerRow == row || column >= headerRow.childrenSize()
                ? "" : headerRow.child(column).text();
        return AccessibleName.referencedText(cell, "headers") + " " + rowHeaders + " " + columnHeader;
    }

    private static String normalise(String text) {
        return SPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
