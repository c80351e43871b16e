package nl.ketenscan.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One defect, found on one or more pages: findings with the same {@link Finding#fingerprint()}.
 *
 * @param example     the first finding, which stands for all of them; the first failure when the
 *                    same element failed on one page and needed review on another
 * @param pages       the URLs the defect occurs on, in scan order
 * @param occurrences how many findings were grouped, at least the number of pages
 * @param kind        whether the web team fixes it once in the template or an editor on the page
 */
public record Issue(String fingerprint, Finding example, List<String> pages, int occurrences, Kind kind) {

    /** On this many pages a defect is the template's, whatever the size of the site. */
    static final int TEMPLATE_PAGES = 3;

    public Issue {
        pages = List.copyOf(pages);
    }

    /**
     * Who fixes an issue: the web team in the site template, the web team in a component the site
     * repeats with other content (see {@link ComponentPattern}), or an editor in one page's content.
     */
    public enum Kind {
        TEMPLATE, COMPONENT, CONTENT;

        /** The name used in results.json. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Most severe first, then the widest reach, so the list reads as "fix first". */
    static final Comparator<Issue> FIX_FIRST = Comparator
            .comparing((Issue i) -> i.example().outcome())
            .thenComparing(i -> i.example().impact() == null ? Impact.values().length : i.example().impact().ordinal())
            .thenComparing(i -> -i.pages().size())
            .thenComparing(Issue::fingerprint);

    /**
     * Groups findings by fingerprint, except that a component's findings are one issue of kind
     * {@link Kind#COMPONENT} when the same rule fails on the same component shape with
     * {@value #TEMPLATE_PAGES} or more fingerprints: a component repeated with other content.
     */
    static List<Issue> group(List<PageResult> pages) {
        Map<String, String> componentOf = components(pages);
        Map<String, Finding> examples = new LinkedHashMap<>();
        Map<String, Set<String>> urls = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PageResult page : pages) {
            for (Finding finding : page.findings()) {
                String fingerprint = componentOf.getOrDefault(finding.fingerprint(), finding.fingerprint());
                examples.merge(fingerprint, finding, Issue::firstFailure);
                urls.computeIfAbsent(fingerprint, k -> new LinkedHashSet<>()).add(page.url());
                counts.merge(fingerprint, 1, Integer::sum);
            }
        }
        Set<String> componentIssues = Set.copyOf(componentOf.values());
        int checkedPages = (int) pages.stream().filter(Issue::isCheckedHtml).count();
        List<Issue> issues = new ArrayList<>();
        examples.forEach((fingerprint, example) -> {
            List<String> on = List.copyOf(urls.get(fingerprint));
            Kind kind = componentIssues.contains(fingerprint) ? Kind.COMPONENT : kind(example, on.size(), checkedPages);
            issues.add(new Issue(fingerprint, example, on, counts.get(fingerprint), kind));
        });
        issues.sort(FIX_FIRST);
        return issues;
    }

    /** Each fingerprint that belongs to a component issue, with that issue's fingerprint. */
    private static Map<String, String> components(List<PageResult> pages) {
        Map<String, Set<String>> fingerprintsOfShape = new LinkedHashMap<>();
        for (PageResult page : pages) {
            for (Finding finding : page.findings()) {
                ComponentPattern.of(finding).ifPresent(shape -> fingerprintsOfShape
                        .computeIfAbsent(shape, k -> new LinkedHashSet<>()).add(finding.fingerprint()));
            }
        }
        Map<String, String> componentOf = new LinkedHashMap<>();
        fingerprintsOfShape.forEach((shape, fingerprints) -> {
            if (fingerprints.size() >= TEMPLATE_PAGES) {
                String component = Sha256.hex("component\n" + shape).substring(0, 16);
                fingerprints.forEach(fingerprint -> componentOf.put(fingerprint, component));
            }
        });
        return componentOf;
    }

    /**
     * Template when the defect is on {@value #TEMPLATE_PAGES} or more pages, or on at least two and
     * half of a small site's pages, or in the header, navigation or footer every page shares.
     */
    static Kind kind(Finding example, int pagesAffected, int checkedPages) {
        boolean widespread = pagesAffected >= TEMPLATE_PAGES || pagesAffected >= 2 && 2 * pagesAffected >= checkedPages;
        return widespread || SharedRegion.contains(example.selector()) ? Kind.TEMPLATE : Kind.CONTENT;
    }

    private static Finding firstFailure(Finding first, Finding next) {
        return first.outcome() != Outcome.FAILED && next.outcome() == Outcome.FAILED ? next : first;
    }

    private static boolean isCheckedHtml(PageResult page) {
        return page.error() == null && page.contentType() != null
                && page.contentType().toLowerCase(Locale.ROOT).contains("html");
    }
}
