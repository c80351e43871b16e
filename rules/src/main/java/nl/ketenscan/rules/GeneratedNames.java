package nl.ketenscan.rules;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a framework generates from an id or class name, so the same element rendered on
 * two pages gets the same name: React ids ({@code :r1:}), UUIDs, CSS-modules hashes
 * ({@code Header_title__3xYz}), CSS-in-JS classes ({@code css-1a2b3c}, {@code sc-bdVaJa},
 * {@code jsx-123}) and counters ({@code ember123}, {@code menu-item-42}). Each generated part
 * becomes {@code #}; the rest of the name stays, so {@code nav-link} and {@code footer-link}
 * remain different.
 *
 * <p>A name part with a digit in it counts as generated: counters and hashes carry digits,
 * hand-written names rarely do, and two different elements rarely differ only in one.
 */
final class GeneratedNames {

    private static final String GENERATED = "#";
    private static final Pattern REACT_ID = Pattern.compile(":[rR][0-9a-zA-Z]*:|\u00ab[rR][0-9a-zA-Z]*\u00bb");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** css-modules' default {@code [local]__[hash:base64:5]}; BEM's {@code block__element} is lower case. */
    private static final Pattern CSS_MODULES_HASH = Pattern.compile("(__)(?=[A-Za-z0-9-]*[A-Z0-9])[A-Za-z0-9-]{5,}$");
    private static final String SEPARATORS = "-_:.";
    private static final Pattern PARTS = Pattern.compile("[^-_:.]+|[-_:.]+");
    /** Prefixes after which CSS-in-JS libraries put a hash that may have no digit in it. */
    private static final Set<String> HASH_PREFIXES = Set.of("css", "sc", "jsx", "svelte", "emotion");

    private GeneratedNames() {
    }

    static String strip(String name) {
        String stripped = REACT_ID.matcher(name).replaceAll(GENERATED);
        stripped = UUID.matcher(stripped).replaceAll(GENERATED);
        stripped = CSS_MODULES_HASH.matcher(stripped).replaceAll("$1" + GENERATED);
        StringBuilder out = new StringBuilder();
        Matcher parts = PARTS.matcher(stripped);
        String first = null;
        int words = 0;
        while (parts.find()) {
            String part = parts.group();
            if (SEPARATORS.indexOf(part.charAt(0)) >= 0) {
                out.append(part);
                continue;
            }
            boolean hashAfterPrefix = words == 1 && HASH_PREFIXES.contains(first.toLowerCase(Locale.ROOT));
            out.append(hashAfterPrefix || part.chars().anyMatch(Character::isDigit) ? GENERATED : part);
            if (words == 0) {
                first = part;
            }
            words++;
        }
        return out.toString();
    }
}
