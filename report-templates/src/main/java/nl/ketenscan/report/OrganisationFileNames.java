package nl.ketenscan.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names each organisation's report page after the organisation ({@code organisatie-gemeente-s-hertogenbosch.html}),
 * so that a reader recognises the file, and the name stays safe on every file system and in a URL:
 * only a-z, 0-9 and hyphens, limited in length, and unique within one report even when names collide.
 */
final class OrganisationFileNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_SLUG = 60;

    private OrganisationFileNames() {
    }

    /** One file name per organisation name, in the same order. */
    static List<String> of(List<String> organisationNames) {
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (String organisationName : organisationNames) {
            String slug = slug(organisationName);
            String unique = slug;
            for (int n = 2; !taken.add(unique); n++) {
                unique = slug + "-" + n;
            }
            names.add("organisatie-" + unique + ".html");
        }
        return names;
    }

    static String slug(String name) {
        String withoutAccents = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_SLUG.matcher(withoutAccents.toLowerCase(Locale.ROOT)).replaceAll("-");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG);
        }
        slug = trimHyphens(slug);
        return slug.isEmpty() ? "naamloos" : slug;
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
