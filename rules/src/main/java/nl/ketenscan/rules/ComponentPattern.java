package nl.ketenscan.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of the element a finding is about, for recognising one component that a site repeats
 * with other content on every page: a glossary term {@code <abbr aria-label="…">}, a card, an icon
 * button. Its fingerprint differs per page (other text, other place in the page), so without this
 * the same defect of one component is a hundred issues.
 *
 * <p>The shape is the rule with the element's own start tag stripped of everything an editor fills
 * in: its tag name, the names of its attributes and its class names, never attribute values or
 * text. Only a shape that code writes is a component: one with a role, an ARIA or a data attribute,
 * which a CMS component adds and editors in a text editor do not. A class is not enough (editors'
 * images all carry the theme's {@code img-fluid}), nor a bare {@code <img src>} or {@code <a href>}:
 * grouping those would hide the content defects of many editors behind one issue.
 */
final class ComponentPattern {

    private static final Pattern FIRST_START_TAG = Pattern.compile("^\\s*<([A-Za-z][\\w:-]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'<>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'<>`]+)))?");
    /** Attributes whose presence tells a component from any element of its kind. */
    private static final Pattern DISTINCTIVE = Pattern.compile("role|aria-.+|data-.+");

    private ComponentPattern() {
    }

    /** The finding's component shape, or empty when its element has no distinctive shape. */
    static Optional<String> of(Finding finding) {
        if (finding.snippet() == null) {
            return Optional.empty();
        }
        Matcher tag = FIRST_START_TAG.matcher(finding.snippet());
        if (!tag.find()) {
            return Optional.empty();
        }
        TreeSet<String> names = new TreeSet<>();
        TreeSet<String> classes = new TreeSet<>();
        boolean distinctive = false;
        Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase(Locale.ROOT);
            if (AttributeValues.isNoise(name) || name.equals("/")) {
                continue;
            }
            names.add(name);
            distinctive |= DISTINCTIVE.matcher(name).matches();
            String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
            if (name.equals("class") && value != null) {
                for (String className : AttributeValues.normalise(name, value).split(" ")) {
                    if (!className.isEmpty()) {
                        classes.add(className);
                    }
                }
            }
        }
        if (!distinctive) {
            return Optional.empty();
        }
        return Optional.of(finding.rule() + " <" + tag.group(1).toLowerCase(Locale.ROOT) + " " + names + " ." + classes
                + ">");
    }
}
