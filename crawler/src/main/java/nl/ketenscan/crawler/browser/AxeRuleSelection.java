package nl.ketenscan.crawler.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ketenscan.rules.criteria.Standard;

/**
 * Which axe-core rules a scan runs: every rule tagged WCAG 2.0 or 2.1 level A or AA, plus the rules
 * axe tags {@code experimental} that test an A or AA criterion and that gave no false failure on
 * ketenscan's fixtures in real Chromium ({@code AxeOptInRulesWithChromiumTest}). axe leaves those off
 * by default; a tag selection alone never runs them. Public so that {@code ketenscan rules} can say
 * which ones run.
 *
 * <p>Of axe 4.14's four experimental rules with an A or AA criterion, {@code p-as-heading} (1.3.1) stays
 * off ({@code label-content-name-mismatch}, 2.5.3, experimental until axe 4.11, is on by default since
 * 4.14; the fixtures hold it too): it failed the site name in the banner of ketenscan's own report ({@code <p class="site-name">}, a
 * name, not a heading) and asked for review of a bold, larger lead paragraph, the "intro" of many
 * municipal templates; it also misses a paragraph that is only bold text. ketenscan's own
 * {@code heading-like-text} asks for review of that one instead. axe's {@code best-practice} rules name
 * no WCAG criterion, so none of them is among these; its deprecated rules stay off.
 */
public final class AxeRuleSelection {

    /** Experimental rules switched on: each tests an A/AA criterion and passed the fixtures. */
    public static final List<String> OPTED_IN = List.of(
            "css-orientation-lock", "table-fake-caption", "td-has-header");

    /**
     * Opted-in rules whose "incomplete" results are left out: {@code css-orientation-lock} gives one on
     * every page whose style sheets it cannot read (a page without any, a sheet of another origin),
     * which says nothing about the page's orientation.
     */
    static final Set<String> FAILURES_ONLY = Set.of("css-orientation-lock");

    private AxeRuleSelection() {
    }

    /** {@code axe.run}'s options: the tags, the opted-in rules, and only the results that need attention. */
    static Map<String, Object> options() {
        return options(Standard.WCAG21);
    }

    /** The same for {@code standard}: with WCAG 2.2 also axe's {@code wcag22aa} rules (2.5.8 target size). */
    static Map<String, Object> options(Standard standard) {
        Map<String, Object> rules = new LinkedHashMap<>();
        OPTED_IN.forEach(rule -> rules.put(rule, Map.of("enabled", true)));
        return Map.of(
                "runOnly", Map.of("type", "tag", "values", standard.axeTags()),
                "rules", rules,
                "resultTypes", List.of("violations", "incomplete"));
    }
}
