package nl.ketenscan.rules.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * A stretch of text that is judged on its own: the text a block element (paragraph, list item,
 * heading, table cell, quote…) or an element with its own {@code lang} holds itself, without the
 * blocks and language parts inside it, which are passages of their own.
 *
 * @param langHolder the nearest element, this one or an ancestor, with a {@code lang} attribute: the
 *                   language in effect for the text; null when nothing on the page declares one
 */
record Passage(Element element, ReadableText text, Element langHolder) {

    /** The {@code lang} value in effect, as written. */
    String lang() {
        return langHolder == null ? "" : langHolder.attr("lang").trim();
    }

    /** The recognisable language in effect for this passage, if any. */
    Optional<SupportedLanguage> languageInEffect() {
        return langHolder == null ? Optional.empty() : SupportedLanguage.ofLangAttribute(lang());
    }

    /** Every passage under {@code root} (the root included) that holds at least so much text. */
    static List<Passage> in(Element root, int minWords, int minLetters) {
        List<Passage> passages = new ArrayList<>();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                if (ReadableText.isUnread(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isOwnPassage(element)) {
                    ReadableText text = ReadableText.of(element, Passage::isOwnPassage);
                    if (text.atLeast(minWords, minLetters)) {
                        passages.add(new Passage(element, text, element.closest("[lang]")));
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return passages;
    }

    /** The html element's language is the page's, judged by the page-language rule. */
    private static boolean isOwnPassage(Element element) {
        return !element.nameIs("html") && (element.isBlock() || element.hasAttr("lang"));
    }
}
