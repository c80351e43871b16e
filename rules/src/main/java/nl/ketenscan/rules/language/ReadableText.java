package nl.ketenscan.rules.language;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The text of an element that a reader reads as language, with its size. Leaves out what is no
 * natural language (scripts, code, form options, drawings), what nobody sees (hidden), web and
 * e-mail addresses, and the descendants the caller judges apart, such as parts with their own
 * {@code lang}.
 */
record ReadableText(String text, int words, int letters) {

    private static final Set<String> NOT_LANGUAGE = Set.of("head", "script", "style", "noscript", "template",
            "code", "pre", "kbd", "samp", "var", "svg", "math", "select", "textarea", "iframe", "object", "canvas");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ADDRESS = Pattern.compile("\\S*(?:@|://|www\\.)\\S*");
    private static final Pattern INVISIBLE_STYLE = Pattern.compile(
            "(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

    boolean atLeast(int minWords, int minLetters) {
        return words >= minWords && letters >= minLetters;
    }

    /**
     * The readable text of {@code root}, without the descendants for which {@code judgedApart} holds.
     */
    static ReadableText of(Element root, Predicate<Element> judgedApart) {
        StringBuilder raw = new StringBuilder();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    raw.append(textNode.getWholeText());
                } else if (node instanceof Element element && element != root
                        && (isUnread(element) || judgedApart.test(element))) {
                    raw.append(' ');
                    return FilterResult.SKIP_ENTIRELY;
                } else if (node instanceof Element element && separatesWords(element)) {
                    raw.append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && separatesWords(element)) {
                    raw.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        });
        String text = WHITESPACE.matcher(ADDRESS.matcher(raw).replaceAll(" ")).replaceAll(" ").trim();
        return new ReadableText(text, countWords(text), countLetters(text));
    }

    /** Not natural language, or not shown to anyone. */
    static boolean isUnread(Element element) {
        return NOT_LANGUAGE.contains(element.normalName()) || element.hasAttr("hidden")
                || "true".equalsIgnoreCase(element.attr("aria-hidden").trim())
                || INVISIBLE_STYLE.matcher(element.attr("style")).find();
    }

    private static boolean separatesWords(Element element) {
        return element.isBlock() || element.nameIs("br");
    }

    /** Words are runs between spaces that hold a letter: "085", "–" and "€ 21,80" are none. */
    private static int countWords(String text) {
        int words = 0;
        for (String token : WHITESPACE.split(text)) {
            if (token.codePoints().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        return words;
    }

    private static int countLetters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }
}
