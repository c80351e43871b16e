package nl.ketenscan.rules.instructions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The visible text of a page's main content, block by block: each paragraph, list item, cell or
 * heading with the text of its inline content, so a finding points at the block an editor wrote.
 * The main content is the {@code main} element (or {@code role="main"}); without one, the body
 * without its header, navigation and footer, whose text belongs to the site template.
 */
final class MainText {

    /** A block element and its own visible text, nested blocks excluded, white space collapsed. */
    record Block(Element element, String text) {
    }

    private static final Set<String> NOT_RENDERED = Set.of("script", "style", "noscript", "template", "head");
    private static final Set<String> TEMPLATE_PARTS = Set.of("header", "nav", "footer");
    private static final Set<String> TEMPLATE_ROLES = Set.of("banner", "navigation", "contentinfo");
    private static final Pattern HIDING_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private MainText() {
    }

    static List<Block> of(Document document) {
        Element main = document.selectFirst("main, [role=main]");
        boolean wholeBody = main == null;
        Element root = wholeBody ? document.body() : main;
        List<Block> blocks = new ArrayList<>();
        collect(root, wholeBody, blocks);
        return blocks;
    }

    private static void collect(Element block, boolean skipTemplate, List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        List<Element> nested = new ArrayList<>();
        appendInline(block, skipTemplate, text, nested);
        String collapsed = SPACE.matcher(text).replaceAll(" ").trim();
        if (!collapsed.isEmpty()) {
            blocks.add(new Block(block, collapsed));
        }
        for (Element child : nested) {
            collect(child, skipTemplate, blocks);
        }
    }

    private static void appendInline(Element parent, boolean skipTemplate, StringBuilder text, List<Element> nested) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.getWholeText());
            } else if (child instanceof Element element && isShown(element, skipTemplate)) {
                if (element.isBlock()) {
                    nested.add(element);
                    text.append(' ');
                } else {
                    text.append(element.nameIs("br") ? " " : "");
                    appendInline(element, skipTemplate, text, nested);
                }
            }
        }
    }

    private static boolean isShown(Element element, boolean skipTemplate) {
        if (NOT_RENDERED.contains(element.normalName()) || element.hasAttr("hidden")
                || HIDING_STYLE.matcher(element.attr("style")).find()) {
            return false;
        }
        return !skipTemplate
                || !(TEMPLATE_PARTS.contains(element.normalName()) || TEMPLATE_ROLES.contains(element.attr("role")));
    }
}
