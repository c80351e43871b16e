package nl.ketenscan.rules.navigation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.RuleInfo;
import nl.ketenscan.rules.SiteRule;

/**
 * {@code multiple-ways-missing}: a website of more than one page where its navigation is the only way
 * to find a page. WCAG 2.4.5 asks for a second way: a search function, a site map or A–Z index, links
 * between related pages in the content, or a page that links to all others (the sufficient techniques
 * G161, G63, G125, G126 and G185).
 *
 * <p>It fails only when the scanned pages prove it: every one of them is noted, none has a search
 * function, a link to a site map or index, or a link to another page outside its navigation blocks,
 * and no page's links reach all other scanned pages. Anything else, including pages stored without
 * these notes, gives no finding: the criterion is then for a person to judge, as before. The finding
 * is on the organisation's first page, the site's start.
 */
public final class MultipleWays implements SiteRule {

    private static final RuleInfo INFO = new RuleInfo("multiple-ways-missing", List.of("2.4.5"), Impact.MODERATE,
            "Een website met meer pagina's waar het menu de enige manier is om een pagina te vinden: geen zoekfunctie, "
                    + "geen sitemap of index en geen links tussen pagina's.",
            "A website of several pages where the menu is the only way to find a page: no search function, no site "
                    + "map or index and no links between pages.",
            "https://www.w3.org/WAI/WCAG21/Understanding/multiple-ways.html");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Map<String, List<Finding>> check(List<PageResult> pages) {
        List<PageResult> site = SitePages.of(pages);
        if (site.size() < 2 || site.stream().anyMatch(page -> page.facts().navigation() == null)) {
            return Map.of();
        }
        for (PageResult page : site) {
            PageNavigation navigation = page.facts().navigation();
            if (navigation.search() || navigation.siteMap() || navigation.otherLinks() > 0 || reachesAll(page, site)) {
                return Map.of();
            }
        }
        return Map.of(site.get(0).url(), List.of(INFO.finding(Outcome.FAILED, null, null,
                INFO.message("menu-only", site.size()))));
    }

    private static boolean reachesAll(PageResult page, List<PageResult> site) {
        Set<String> reached = new HashSet<>();
        page.facts().navigation().blocks().forEach(block -> reached.addAll(block.destinations()));
        reached.add(SitePages.address(page));
        return site.stream().allMatch(other -> reached.contains(SitePages.address(other)));
    }
}
