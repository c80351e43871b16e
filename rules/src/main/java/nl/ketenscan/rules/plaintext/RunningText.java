package nl.ketenscan.rules.plaintext;

import java.util.Set;

import nl.ketenscan.rules.dom.MainText;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Whether a block of a page's main text is running text, written in sentences for a reader, rather
 * than the words of an interface: a label ("Inwoners 2024"), a menu item ("› AI-verordening in het
 * kort"), an item of a list of links, a row of buttons, a table cell or chart text. Counted as
 * sentences those make any page look easy: a data dashboard read as 276 "sentences" of 2.3 words
 * came out B1.
 *
 * <p>A block is no running text when it sits in a table, a figure (other than its caption) or a
 * widget; when nearly all its text
 * is link or button text; when it starts with a menu arrow; or when it is a short fragment without a
 * closing mark that is no heading. A heading stays: it introduces the text below it.
 */
final class RunningText {

    /** A share of link text from which a block is a link (or a row of them) with a word around it. */
    private static final double MAX_LINK_SHARE = 0.8;
    /** Shorter fragments without a full stop, question or exclamation mark are labels. */
    private static final int MIN_FRAGMENT_WORDS = 4;
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Parsed once: this runs for every block of every page, and parsing a query costs more than matching it. */
    private static final Evaluator NOT_TEXT_CONTAINERS = QueryParser.parse("table, [role=table], [role=grid],"
            + " [role=img], [role=menu], [role=menubar], [role=toolbar], [role=tablist]");
    private static final Evaluator FIGURES = QueryParser.parse("figure, [role=figure]");

    private RunningText() {
    }

    static boolean is(MainText.Block block) {
        Element element = block.element();
        String text = block.text();
        if (element.closest(NOT_TEXT_CONTAINERS) != null || isChartText(element) || startsWithMenuArrow(text)) {
            return false;
        }
        if (linkShare(element, text) >= MAX_LINK_SHARE) {
            return false;
        }
        return isHeading(element) || endsSentence(text)
                || DutchWords.of(text).size() >= MIN_FRAGMENT_WORDS;
    }

    /** A heading opens a section of the text. */
    static boolean isHeading(Element element) {
        return HEADINGS.contains(element.normalName());
    }

    /** Text in a figure (a chart's labels, an infographic) other than its caption. */
    private static boolean isChartText(Element element) {
        return element.closest(FIGURES) != null && !element.nameIs("figcaption");
    }

    private static boolean startsWithMenuArrow(String text) {
        char first = text.charAt(0);
        return first == '›' || first == '»' || first == '>' || first == '→' || first == '▸' || first == '▶';
    }

    private static boolean endsSentence(String text) {
        String trimmed = text.strip();
        char last = trimmed.charAt(trimmed.length() - 1);
        return last == '.' || last == '?' || last == '!' || last == ':' || last == '…';
    }

    /** How much of the block's own text (its nested blocks not counted) is the text of links and buttons. */
    private static double linkShare(Element block, String text) {
        int all = letters(text);
        if (all == 0) {
            return 0;
        }
        return (double) linkLetters(block) / all;
    }

    private static int linkLetters(Element parent) {
        int letters = 0;
        for (Node child : parent.childNodes()) {
            if (child instanceof Element element && !element.isBlock()) {
                letters += isControl(element) ? letters(element.text()) : linkLetters(element);
            }
        }
        return letters;
    }

    private static boolean isControl(Element element) {
        return element.nameIs("a") && element.hasAttr("href") || element.nameIs("button")
                || "button".equals(element.attr("role")) || "link".equals(element.attr("role"));
    }

    private static int letters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
