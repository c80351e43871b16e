package nl.ketenscan.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.ketenscan.rules.assessment.ChainAssessment;

/**
 * Names each organisation's files after the organisation ({@code organisatie-gemeente-s-hertogenbosch.html},
 * {@code afwijkingen-…csv}, {@code wcag-em-…json}), so that a reader recognises them, and the names stay
 * safe on every file system and in a URL: only a-z, 0-9 and hyphens, limited in length, and unique
 * within one report even when names collide.
 */
final class OrganisationFileNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int MAX_SLUG = 60;

    private OrganisationFileNames() {
    }

    /** One file name per organisation name, in the same order. */
    static List<String> of(List<String> organisationNames) {
        return slugs(organisationNames).stream().map(OrganisationFileNames::page).toList();
    }

    /** One slug per organisation of the scan, in the same order. */
    static List<String> slugs(ChainAssessment assessment) {
        return slugs(assessment.organisations().stream().map(o -> o.name()).toList());
    }

    /** One slug per organisation name, in the same order, unique within the list. */
    static List<String> slugs(List<String> organisationNames) {
        Set<String> taken = new HashSet<>();
        List<String> slugs = new ArrayList<>();
        for (String organisationName : organisationNames) {
            String slug = slug(organisationName);
            String unique = slug;
            for (int n = 2; !taken.add(unique); n++) {
                unique = slug + "-" + n;
            }
            slugs.add(unique);
        }
        return slugs;
    }

    /** The organisation's HTML report page. */
    static String page(String slug) {
        return "organisatie-" + slug + ".html";
    }

    /** The organisation's deviations for its statement, as CSV. */
    static String deviations(String slug) {
        return "afwijkingen-" + slug + ".csv";
    }

    /** The organisation's report page printed to PDF. */
    static String pdf(String slug) {
        return "organisatie-" + slug + ".pdf";
    }

    /** The organisation's evaluation for the WCAG-EM Report Tool. */
    static String wcagEm(String slug) {
        return "wcag-em-" + slug + ".json";
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
