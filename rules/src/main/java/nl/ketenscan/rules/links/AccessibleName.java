package nl.ketenscan.rules.links;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.ketenscan.rules.dom.Hidden;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The name a screen reader announces for a link, following the order of the W3C accessible name
 * computation where the DOM alone decides it: {@code aria-labelledby}, then {@code aria-label},
 * then the content (text, and the {@code alt} of images), then {@code title}. Text hidden from
 * assistive technology is left out; visually hidden text is kept, because screen readers read it.
 */
public final class AccessibleName {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private AccessibleName() {
    }

    public static String of(Element element) {
        String labelledBy = referencedText(element, "aria-labelledby");
        if (!labelledBy.isEmpty()) {
            return labelledBy;
        }
        String label = collapse(element.attr("aria-label"));
        if (!label.isEmpty()) {
            return label;
        }
        StringBuilder content = new StringBuilder();
        element.childNodes().forEach(child -> appendContent(child, content));
        String text = collapse(content.toString());
        return text.isEmpty() ? collapse(element.attr("title")) : text;
    }

    /**
     * The text of the elements an id-list attribute such as {@code aria-describedby} points to, in
     * the order given; ids that match nothing are skipped, as browsers do.
     */
    public static String referencedText(Element element, String attribute) {
        String ids = element.attr(attribute).trim();
        if (ids.isEmpty() || element.ownerDocument() == null) {
            return "";
        }
        List<String> texts = new ArrayList<>();
        for (String id : SPACE.split(ids)) {
            Element referenced = element.ownerDocument().getElementById(id);
            if (referenced != null) {
                texts.add(referenced.text());
            }
        }
        return collapse(String.join(" ", texts));
    }

    private static void appendContent(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(text.getWholeText());
        } else if (node instanceof Element element && !Hidden.fromAssistiveTech(element)) {
            String label = element.attr("aria-label");
            if (!label.isBlank()) {
                out.append(' ').append(label).append(' ');
            } else if (element.nameIs("img") || element.nameIs("area") || isImageButton(element)) {
                out.append(' ').append(element.attr("alt")).append(' ');
            } else {
                String boundary = element.isBlock() || element.nameIs("br") ? " " : "";
                out.append(boundary);
                element.childNodes().forEach(child -> appendContent(child, out));
                out.append(boundary);
            }
        }
    }

    private static boolean isImageButton(Element element) {
        return element.nameIs("input") && "image".equalsIgnoreCase(element.attr("type"));
    }

    private static String collapse(String text) {
        return SPACE.matcher(text).replaceAll(" ").trim();
    }
}
