package nl.ketenscan.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSS selector as axe wrote it, with what differs between renderings of one template removed:
 * structural indices ({@code :nth-child(3)}, which change when a sibling is added or moved),
 * generated parts of ids, class names and id-valued attributes (see {@link GeneratedNames}), query
 * strings in URL-valued attributes, and spacing.
 */
final class NormalisedSelector {

    /** One alternative per kind of part, so that text inside an attribute value is never read as a name. */
    private static final Pattern PART = Pattern.compile(
            "(?<index>:nth-(?:last-)?(?:child|of-type)\\([^)]*\\))"
            + "|\\[\\s*(?<attr>[\\w:-]+)\\s*(?<op>[~|^$*]?=)\\s*"
            + "(?:\"(?<dq>[^\"]*)\"|'(?<sq>[^']*)'|(?<bare>[^\\]\\s]*))"
            + "\\s*(?:[iIsS]\\s*)?]"
            + "|(?<sigil>[#.])(?<name>(?:\\\\[0-9a-fA-F]{1,6} ?|\\\\.|[\\w-]|[^\\x00-\\x7F])+)");
    private static final Pattern HEX_ESCAPE = Pattern.compile("\\\\([0-9a-fA-F]{1,6}) ?");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");
    private static final Pattern COMBINATOR = Pattern.compile("\\s*([>+~])\\s*");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private NormalisedSelector() {
    }

    static String of(String selector) {
        if (selector == null) {
            return "";
        }
        Matcher m = PART.matcher(selector);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(normalisedPart(m)));
        }
        m.appendTail(out);
        String spaced = COMBINATOR.matcher(out).replaceAll(" $1 ");
        return SPACE.matcher(spaced).replaceAll(" ").trim();
    }

    private static String normalisedPart(Matcher m) {
        if (m.group("index") != null) {
            return "";
        }
        if (m.group("attr") != null) {
            String value = m.group("dq") != null ? m.group("dq")
                    : m.group("sq") != null ? m.group("sq") : m.group("bare");
            String name = m.group("attr");
            return "[" + name + m.group("op") + "\"" + AttributeValues.normalise(name, value) + "\"]";
        }
        return m.group("sigil") + GeneratedNames.strip(unescape(m.group("name")));
    }

    private static String unescape(String identifier) {
        Matcher hex = HEX_ESCAPE.matcher(identifier);
        StringBuilder out = new StringBuilder();
        while (hex.find()) {
            int codePoint = Integer.parseInt(hex.group(1), 16);
            String character = Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : hex.group();
            hex.appendReplacement(out, Matcher.quoteReplacement(character));
        }
        hex.appendTail(out);
        return ESCAPE.matcher(out).replaceAll("$1");
    }
}
