package nl.ketenscan.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML snippet as axe or a ketenscan rule quoted it, reduced to what identifies the element
 * across pages: each start tag rewritten with its attributes normalised (see
 * {@link AttributeValues}) and framework noise attributes dropped; spacing collapsed, and removed
 * between tags. Text stays as it is: it is what the reader sees, and what makes two elements two.
 */
final class NormalisedSnippet {

    private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][\\w:-]*)((?:\\s+[^\\s\"'<>/=]+"
            + "(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'<>`]+))?)*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'<>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'<>`]+)))?");
    private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private NormalisedSnippet() {
    }

    static String of(String snippet) {
        if (snippet == null) {
            return "";
        }
        Matcher tag = START_TAG.matcher(snippet);
        StringBuilder out = new StringBuilder();
        while (tag.find()) {
            tag.appendReplacement(out, Matcher.quoteReplacement(startTag(tag)));
        }
        tag.appendTail(out);
        String spaced = SPACE.matcher(out).replaceAll(" ");
        return BETWEEN_TAGS.matcher(spaced).replaceAll("><").trim();
    }

    private static String startTag(Matcher tag) {
        StringBuilder rewritten = new StringBuilder("<").append(tag.group(1));
        Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
        while (attribute.find()) {
            String name = attribute.group(1);
            if (AttributeValues.isNoise(name)) {
                continue;
            }
            rewritten.append(' ').append(name);
            String value = attribute.group(2) != null ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            if (value != null) {
                rewritten.append("=\"").append(AttributeValues.normalise(name, value)).append('"');
            }
        }
        return rewritten.append(tag.group(3)).append('>').toString();
    }
}
