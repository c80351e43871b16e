package nl.ketenscan.rules.navigation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.SiteRule;

/**
 * {@code navigation-names-inconsistent}: in a navigation block that a site repeats, the same
 * destination named differently on different pages ("Contact" here, "Neem contact op" there). WCAG
 * 3.2.4 asks that components with the same function are identified consistently; consistent is not
 * always identical ("Ga naar pagina 4" on page 3, "Ga naar pagina 5" on page 4, failure F31's own
 * example), so it needs review.
 *
 * <p>Names that differ only in case, spacing or a note that this is the current page ("Afval" and
 * "Afval (huidige pagina)"), and links marked as the current page, are not reported. Each page whose name is
 * not the one most pages use gets the finding.
 */
public final class ConsistentIdentification implements SiteRule {

    private static final RuleInfo INFO = new RuleInfo("navigation-names-inconsistent", List.of("3.2.4"), Impact.MINOR,
            "Een link in een navigatieblok dat op elke pagina terugkomt, heeft op sommige pagina's een andere naam "
                    + "voor dezelfde bestemming.",
            "A link in a navigation block that every page repeats has another name for the same destination on some "
                    + "pages.",
            "https://www.w3.org/WAI/WCAG21/Understanding/consistent-identification.html");

    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** What templates add, often visually hidden, to the current page's link instead of aria-current. */
    private static final Pattern CURRENT_PAGE_NOTE = Pattern.compile(
            "\\(?\\b(?:huidige pagina|u bent hier|current page|you are here|geselecteerd|selected|current)\\b\\)?:?",
            Pattern.CASE_INSENSITIVE);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Map<String, List<Finding>> check(List<PageResult> pages) {
        // per block and destination: per name as a visitor reads it, the pages and blocks using it
        Map<String, Map<String, Map<String, List<Use>>>> names = new LinkedHashMap<>();
        for (PageResult page : SitePages.of(pages)) {
            PageNavigation navigation = page.facts().navigation();
            if (navigation == null) {
                continue;
            }
            for (NavigationBlock block : navigation.blocks()) {
                for (NavigationLink link : block.links()) {
                    if (!link.current() && !link.name().isBlank()) {
                        names.computeIfAbsent(block.key(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(link.destination(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(key(link.name()), k -> new ArrayList<>())
                                .add(new Use(page, block, link.name()));
                    }
                }
            }
        }
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        names.values().forEach(byDestination -> byDestination.values().forEach(byName -> {
            if (byName.size() < 2) {
                return;
            }
            List<Use> usual = byName.values().stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
            byName.forEach((name, uses) -> {
                if (uses != usual) {
                    for (Use use : uses) {
                        findings.computeIfAbsent(use.page().url(), k -> new ArrayList<>()).add(INFO.finding(
                                Outcome.NEEDS_REVIEW, use.block().selector(), null,
                                INFO.message("names", use.name(), usual.size(), usual.get(0).name())));
                    }
                }
            });
        }));
        return findings;
    }

    /** One page's name for a destination in a block. */
    private record Use(PageResult page, NavigationBlock block, String name) {
    }

    private static String key(String name) {
        String withoutNote = CURRENT_PAGE_NOTE.matcher(name).replaceAll(" ");
        return SPACE.matcher(withoutNote.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
