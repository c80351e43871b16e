package nl.ketenscan.rules;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells from a selector whether an element sits in the parts every page of a site shares: the
 * header, the navigation, the footer. A defect there lives in the site template even when the scan
 * saw it on one page only. Selectors are all a finding keeps of the element's place, so this reads
 * element names ({@code header}, {@code nav}, {@code footer}), landmark roles
 * ({@code [role=banner]}, {@code navigation}, {@code contentinfo}) and ids and classes made of
 * such words ({@code #site-header}, {@code .mainMenu}).
 *
 * <p>A {@code header} or {@code footer} inside {@code article}, {@code aside}, {@code main} or
 * {@code section} belongs to that content, as in HTML's own landmark rules, and so does an element
 * named like one there; only {@code nav} counts wherever it is.
 */
final class SharedRegion {

    private static final Set<String> SCOPED_ELEMENTS = Set.of("header", "footer");
    private static final Set<String> CONTENT_ELEMENTS = Set.of("article", "aside", "main", "section");
    private static final Set<String> ROLES = Set.of("banner", "navigation", "contentinfo");
    private static final Set<String> WORDS = Set.of("header", "footer", "nav", "navbar", "navigation", "menu",
            "masthead", "breadcrumb", "breadcrumbs");
    private static final Pattern ELEMENT = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]*");
    private static final Pattern ROLE = Pattern.compile("\\[\\s*role\\s*=\\s*[\"']?([a-z]+)[\"']?\\s*]");
    private static final Pattern NAME = Pattern.compile("[#.]([\\w-]+)");
    private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z]+|(?<=[a-z])(?=[A-Z])");

    private SharedRegion() {
    }

    static boolean contains(String selector) {
        if (selector == null) {
            return false;
        }
        Matcher role = ROLE.matcher(selector.toLowerCase(Locale.ROOT));
        while (role.find()) {
            if (ROLES.contains(role.group(1))) {
                return true;
            }
        }
        boolean insideContent = false;
        for (String step : selector.split("\\s*[\\s>+~]\\s*")) {
            String element = elementOf(step);
            insideContent |= CONTENT_ELEMENTS.contains(element);
            if (element.equals("nav") || !insideContent && (SCOPED_ELEMENTS.contains(element) || hasSharedName(step))) {
                return true;
            }
        }
        return false;
    }

    private static String elementOf(String step) {
        Matcher m = ELEMENT.matcher(step);
        return m.lookingAt() ? m.group().toLowerCase(Locale.ROOT) : "";
    }

    private static boolean hasSharedName(String step) {
        Matcher name = NAME.matcher(step);
        while (name.find()) {
            for (String word : WORD_BREAK.split(name.group(1))) {
                if (WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
