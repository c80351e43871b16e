package nl.ketenscan.rules.dom;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main text of a page, block by block: the text of the {@linkplain MainContent main content}
 * that is not hidden from everyone and not part of the site's template, cut where a block element
 * (paragraph, list item, heading, cell, …) starts or ends, so a finding points at the block an
 * editor wrote and a sentence never runs from one block into the next. The document is read, never
 * changed.
 */
public final class MainText {

    /**
     * A block element and the text it holds itself, the blocks inside it excluded.
     *
     * @param lines its text cut at line breaks ({@code <br>}) and at the blocks inside it, white space
     *              collapsed, none empty
     */
    public record Block(Element element, List<String> lines) {

        public Block {
            lines = List.copyOf(lines);
        }

        /** The block's text in one line. */
        public String text() {
            return String.join(" ", lines);
        }
    }

    private MainText() {
    }

    /** The blocks of the page's main text, in the order they start. */
    public static List<Block> of(Document document) {
        return of(document, element -> false);
    }

    /**
     * The blocks of the page's main text, leaving out also the elements for which {@code skipped}
     * holds, such as the forms a plain-language audit does not read.
     */
    public static List<Block> of(Document document, Predicate<Element> skipped) {
        List<Block> blocks = new ArrayList<>();
        for (Element root : MainContent.roots(document)) {
            collect(root, skipped, blocks);
        }
        return blocks;
    }

    private static void collect(Element block, Predicate<Element> skipped, List<Block> blocks) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<Element> nested = new ArrayList<>();
        appendInline(block, skipped, lines, line, nested);
        endLine(lines, line);
        if (!lines.isEmpty()) {
            blocks.add(new Block(block, lines));
        }
        for (Element child : nested) {
            collect(child, skipped, blocks);
        }
    }

    private static void appendInline(Element parent, Predicate<Element> skipped, List<String> lines, StringBuilder line,
                                     List<Element> nested) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode text) {
                appendCollapsed(text.getWholeText(), line);
            } else if (child instanceof Element element && isRead(element, skipped)) {
                if (element.nameIs("br")) {
                    endLine(lines, line);
                } else if (element.isBlock()) {
                    nested.add(element);
                    endLine(lines, line);
                } else {
                    appendInline(element, skipped, lines, line, nested);
                }
            }
        }
    }

    private static boolean isRead(Element element, Predicate<Element> skipped) {
        return !Hidden.fromEveryone(element) && !MainContent.isTemplate(element) && !skipped.test(element);
    }

    private static void appendCollapsed(String text, StringBuilder line) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!line.isEmpty() && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
            } else {
                line.append(c);
            }
        }
    }

    private static void endLine(List<String> lines, StringBuilder line) {
        String text = line.toString().strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
