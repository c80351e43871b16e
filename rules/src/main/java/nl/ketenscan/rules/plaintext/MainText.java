package nl.ketenscan.rules.plaintext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text a page was made to say: its main content without the navigation, header, footer,
 * forms, asides and scripts that every page of a site repeats, cut into blocks (paragraphs, list
 * items, headings, table cells, lines after a {@code <br>}). Sentences never run across a block,
 * so list items and headings without a full stop stay sentences of their own.
 *
 * <p>The main content is {@code <main>} (or {@code role="main"}), else the page's {@code <article>}
 * elements, else the whole body. Parts marked as another language ({@code lang="en"}) and hidden
 * parts are left out. The document is read, never changed.
 *
 * @param blocks    the blocks in reading order, whitespace collapsed
 * @param explained abbreviations the page explains in {@code <abbr title="…">}, as written
 */
record MainText(List<String> blocks, Set<String> explained) {

    private static final Set<String> SKIPPED = Set.of(
            "nav", "header", "footer", "form", "aside", "script", "style", "noscript", "template", "svg", "button",
            "select", "textarea", "iframe", "object", "canvas", "dialog", "head");

    private static final Set<String> SKIPPED_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "search", "complementary", "dialog", "alertdialog");

    private static final Set<String> BLOCKS = Set.of(
            "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dd", "dt", "blockquote", "figcaption",
            "caption", "div", "section", "article", "main", "pre", "address", "summary", "details", "ul", "ol",
            "dl", "table", "tr", "br", "hr", "legend", "fieldset", "label", "body", "figure");

    private static final int MAX_HEADING_LENGTH = 60;

    MainText {
        blocks = List.copyOf(blocks);
        explained = Set.copyOf(explained);
    }

    static MainText of(Document document) {
        Collector collector = new Collector();
        for (Element root : roots(document)) {
            NodeTraversor.filter(collector, root);
            collector.endBlock();
        }
        return new MainText(collector.blocks, collector.explained);
    }

    /**
     * The blocks of a plain text, as an editor writes it: paragraphs separated by empty lines; a
     * line starting with a list marker (-, *, •, 1.) starts a block; a short line without closing
     * punctuation is a heading and a block of its own. Other line breaks are wrapped lines.
     */
    static MainText ofPlainText(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || startsListItem(line)) {
                flush(blocks, current);
            }
            if (line.isEmpty()) {
                continue;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line);
            String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
            if (isHeadingLine(line, next)) {
                flush(blocks, current);
            }
        }
        flush(blocks, current);
        return new MainText(blocks, Set.of());
    }

    private static List<Element> roots(Document document) {
        Elements main = document.select("main, [role=main]");
        if (!main.isEmpty()) {
            return outermost(main);
        }
        Elements articles = document.select("article");
        if (!articles.isEmpty()) {
            return outermost(articles);
        }
        return document.body() == null ? List.of() : List.of(document.body());
    }

    /** Nested matches are read as part of their outer match, not twice. */
    private static List<Element> outermost(Elements elements) {
        List<Element> roots = new ArrayList<>();
        for (Element element : elements) {
            if (roots.stream().noneMatch(root -> element.parents().contains(root))) {
                roots.add(element);
            }
        }
        return roots;
    }

    private static boolean startsListItem(String line) {
        if (line.startsWith("- ") || line.startsWith("* ") || line.startsWith("• ") || line.startsWith("– ")) {
            return true;
        }
        int digits = 0;
        while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        return digits > 0 && digits < line.length() - 1 && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
                && line.charAt(digits + 1) == ' ';
    }

    /** A short line without closing punctuation, followed by a line that starts anew, not by its continuation. */
    private static boolean isHeadingLine(String line, String next) {
        char last = line.charAt(line.length() - 1);
        boolean nextStartsAnew = next.isEmpty() || Character.isUpperCase(next.charAt(0)) || startsListItem(next);
        return line.length() < MAX_HEADING_LENGTH && Character.isLetterOrDigit(last)
                && Character.isUpperCase(line.charAt(0)) && nextStartsAnew;
    }

    private static void flush(List<String> blocks, StringBuilder current) {
        String block = current.toString().strip();
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        current.setLength(0);
    }

    /** Walks the main content, skipping repeated and hidden parts, and cuts the text at block edges. */
    private static final class Collector implements NodeFilter {

        private final List<String> blocks = new ArrayList<>();
        private final Set<String> explained = new HashSet<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendCollapsed(text.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            if (isSkipped(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (element.nameIs("abbr") && !element.attr("title").isBlank()) {
                explained.add(element.text().trim());
            }
            if (BLOCKS.contains(element.normalName())) {
                endBlock();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                endBlock();
            }
            return FilterResult.CONTINUE;
        }

        private static boolean isSkipped(Element element) {
            // a form around the whole page, as ASP.NET writes it, holds the content itself
            if (element.nameIs("form") && element.selectFirst("main, article, h1") != null) {
                return false;
            }
            return SKIPPED.contains(element.normalName()) || SKIPPED_ROLES.contains(element.attr("role"))
                    || element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))
                    || isOtherLanguage(element.attr("lang"));
        }

        /** A part marked as another language (lang="en") is not Dutch text to judge. */
        private static boolean isOtherLanguage(String lang) {
            String lower = lang.strip().toLowerCase(Locale.ROOT);
            return !lower.isEmpty() && !lower.equals("nl") && !lower.startsWith("nl-");
        }

        private void appendCollapsed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                        current.append(' ');
                    }
                } else {
                    current.append(c);
                }
            }
        }

        void endBlock() {
            flush(blocks, current);
        }
    }
}
