package nl.ketenscan.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Attribute values as they matter for recognising one element across pages. Values that name
 * other elements or style hooks (ids, id references, classes, data attributes) lose their
 * generated parts; URLs lose their query string, where session ids, return addresses and cache
 * busters differ from page to page while the link stays the same. Other values keep everything but
 * their spacing: they are what tells two different elements apart.
 */
final class AttributeValues {

    private static final Set<String> NAMES = Set.of("id", "class", "for", "headers", "list", "form", "aria-labelledby",
            "aria-describedby", "aria-controls", "aria-owns", "aria-activedescendant", "aria-errormessage",
            "aria-details", "aria-flowto");
    private static final Set<String> URLS = Set.of("href", "src", "srcset", "action", "formaction", "poster", "data",
            "cite", "background");
    /** Attributes that only frameworks read and that differ per build or per response. */
    private static final Pattern NOISE = Pattern.compile("nonce|data-v-[0-9a-f]+|_ngcontent-.*|_nghost-.*");
    private static final Pattern QUERY = Pattern.compile("\\?[^\\s,#]*");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private AttributeValues() {
    }

    /** Whether the attribute says nothing about the element and is best left out altogether. */
    static boolean isNoise(String name) {
        return NOISE.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    static String normalise(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        String spaced = SPACE.matcher(value).replaceAll(" ").trim();
        if (NAMES.contains(lower) || lower.startsWith("data-")) {
            return Arrays.stream(spaced.split(" ")).map(GeneratedNames::strip).collect(Collectors.joining(" "));
        }
        if (URLS.contains(lower)) {
            return QUERY.matcher(spaced).replaceAll("");
        }
        return spaced;
    }
}
