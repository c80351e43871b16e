package nl.ketenscan.rules.language;

import java.util.Set;
import java.util.function.Predicate;

import nl.ketenscan.rules.dom.Hidden;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The text of an element that a reader reads as language, with its size. Leaves out what is no
 * natural language (scripts, code, form options, drawings), what is hidden from everyone, web and
 * e-mail addresses, and the descendants the caller judges apart, such as parts with their own
 * {@code lang}.
 */
record ReadableText(String text, int words, int letters) {

    private static final Set<String> NOT_LANGUAGE = Set.of(
            "code", "pre", "kbd", "samp", "var", "svg", "math", "select", "textarea", "iframe", "object", "canvas");

    static final ReadableText NONE = new ReadableText("", 0, 0);

    /** This text followed by {@code more}. */
    ReadableText and(ReadableText more) {
        String joined = text.isEmpty() || more.text.isEmpty() ? text + more.text : text + " " + more.text;
        return new ReadableText(joined, words + more.words, letters + more.letters);
    }

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
        // plain loops rather than a split and streams: this runs for every block of every page
        StringBuilder text = new StringBuilder(raw.length());
        int words = 0;
        int letters = 0;
        int end = 0;
        while (end < raw.length()) {
            int start = end;
            while (start < raw.length() && isSpace(raw.charAt(start))) {
                start++;
            }
            end = start;
            while (end < raw.length() && !isSpace(raw.charAt(end))) {
                end++;
            }
            if (start == end || isAddress(raw, start, end)) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(raw, start, end);
            int tokenLetters = countLetters(raw, start, end);
            letters += tokenLetters;
            if (tokenLetters > 0) {
                words++;
            }
        }
        return new ReadableText(text.toString(), words, letters);
    }

    /**
     * Not natural language, or hidden from everyone. Text hidden only from assistive technology
     * ({@code aria-hidden}) is still read by those who see it, and ACT's language rules judge text
     * that is visible or in the accessibility tree.
     */
    static boolean isUnread(Element element) {
        return NOT_LANGUAGE.contains(element.normalName()) || Hidden.fromEveryone(element);
    }

    private static boolean separatesWords(Element element) {
        return element.isBlock() || element.nameIs("br");
    }

    /** The white space of a regex's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Web and e-mail addresses read as no language; a word counts when it holds a letter ("085" does not). */
    private static boolean isAddress(CharSequence text, int start, int end) {
        String token = text.subSequence(start, end).toString();
        return token.indexOf('@') >= 0 || token.contains("://") || token.startsWith("www.");
    }

    private static int countLetters(CharSequence text, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; ) {
            int c = Character.codePointAt(text, i);
            if (Character.isLetter(c)) {
                letters++;
            }
            i += Character.charCount(c);
        }
        return letters;
    }
}
