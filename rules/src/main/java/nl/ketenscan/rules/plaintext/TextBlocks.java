package nl.ketenscan.rules.plaintext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.ketenscan.rules.dom.MainText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The text the plain-language audit judges, cut into blocks (paragraphs, list items, headings, table
 * cells, lines after a {@code <br>}), so sentences never run across a block and list items and
 * headings without a full stop stay sentences of their own.
 *
 * <p>Of a page, the blocks are those of its {@linkplain MainText main text} without what is no prose
 * to read as B1 text: forms, asides, controls, drawings, dialogs, search, and parts marked as another
 * language ({@code lang="en"}); and, of what remains, only the running text ({@link RunningText}):
 * labels, menu items, lists of links, button rows, table cells and chart text are no sentences.
 *
 * @param blocks    the blocks in reading order, whitespace collapsed
 * @param explained abbreviations the page explains in {@code <abbr title="…">}, as written
 * @param headings  the indices of the blocks that are headings, where a section starts, ascending
 */
record TextBlocks(List<String> blocks, Set<String> explained, List<Integer> headings) {

    private static final Set<String> NOT_PROSE = Set.of(
            "form", "aside", "svg", "button", "select", "textarea", "iframe", "object", "canvas", "dialog");

    private static final Set<String> NOT_PROSE_ROLES = Set.of("search", "complementary", "dialog", "alertdialog");

    private static final int MAX_HEADING_LENGTH = 60;

    /** Parsed once: it is asked of every block of every page. */
    private static final Evaluator EXPLAINED_ABBREVIATIONS = QueryParser.parse("abbr[title]");

    TextBlocks {
        blocks = List.copyOf(blocks);
        explained = Set.copyOf(explained);
        headings = List.copyOf(headings);
    }

    static TextBlocks of(Document document) {
        List<String> blocks = new ArrayList<>();
        Set<String> explained = new HashSet<>();
        List<Integer> headings = new ArrayList<>();
        for (MainText.Block block : MainText.of(document, TextBlocks::isNotProse)) {
            if (!RunningText.is(block)) {
                continue;
            }
            if (RunningText.isHeading(block.element())) {
                headings.add(blocks.size());
            }
            blocks.addAll(block.lines());
            for (Element abbr : block.element().select(EXPLAINED_ABBREVIATIONS)) {
                if (!abbr.attr("title").isBlank()) {
                    explained.add(abbr.text().trim());
                }
            }
        }
        return new TextBlocks(blocks, explained, headings);
    }

    /**
     * The blocks of a plain text, as an editor writes it: paragraphs separated by empty lines; a
     * line starting with a list marker (-, *, •, 1.) starts a block; a short line without closing
     * punctuation is a heading and a block of its own. Other line breaks are wrapped lines.
     */
    static TextBlocks ofPlainText(String text) {
        List<String> blocks = new ArrayList<>();
        List<Integer> headings = new ArrayList<>();
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
            if (isHeadingLine(line, next) && current.length() == line.length()) {
                headings.add(blocks.size());
            }
            if (isHeadingLine(line, next)) {
                flush(blocks, current);
            }
        }
        flush(blocks, current);
        return new TextBlocks(blocks, Set.of(), headings);
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

    private static boolean isNotProse(Element element) {
        // a form around the whole page, as ASP.NET writes it, holds the content itself
        if (element.nameIs("form") && element.selectFirst("main, article, h1") != null) {
            return false;
        }
        return NOT_PROSE.contains(element.normalName()) || NOT_PROSE_ROLES.contains(element.attr("role"))
                || isOtherLanguage(element.attr("lang"));
    }

    /** A part marked as another language (lang="en") is not Dutch text to judge. */
    private static boolean isOtherLanguage(String lang) {
        String lower = lang.strip().toLowerCase(Locale.ROOT);
        return !lower.isEmpty() && !lower.equals("nl") && !lower.startsWith("nl-");
    }
}
