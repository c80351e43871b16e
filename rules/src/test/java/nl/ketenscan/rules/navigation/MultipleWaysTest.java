package nl.ketenscan.rules.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import org.junit.jupiter.api.Test;

class MultipleWaysTest {

    private final MultipleWays rule = new MultipleWays();

    @Test
    void aSiteWhoseMenuIsTheOnlyWayFailsOnItsStartPage() {
        Map<String, List<Finding>> findings = rule.check(FixtureSite.pages("multiple-ways-missing", "failing"));

        assertEquals(List.of(FixtureSite.url("index.html")), List.copyOf(findings.keySet()));
        Finding finding = findings.get(FixtureSite.url("index.html")).get(0);
        assertEquals(Outcome.FAILED, finding.outcome());
        assertEquals(List.of("2.4.5"), finding.criteria());
        assertNull(finding.selector());
    }

    @Test
    void aSearchFormOnOnePagePasses() {
        assertEquals(Map.of(), rule.check(FixtureSite.pages("multiple-ways-missing", "passing")));
    }

    @Test
    void aLinkToAnotherPageInTheContentOrASiteMapLinkPasses() {
        List<PageResult> related = replaceLast(pages(), nav -> new PageNavigation(nav.blocks(), false, false, 1));
        List<PageResult> siteMap = replaceLast(pages(), nav -> new PageNavigation(nav.blocks(), false, true, 0));

        assertEquals(Map.of(), rule.check(related));
        assertEquals(Map.of(), rule.check(siteMap));
    }

    /** Without /paspoort/aanvragen, the page Grofvuil links to every other page scanned (G126). */
    @Test
    void aPageThatLinksToAllOthersPasses() {
        List<PageResult> pages = pages().stream().filter(p -> !p.url().endsWith("/paspoort/aanvragen")).toList();

        assertEquals(Map.of(), rule.check(pages));
    }

    @Test
    void oneUnnotedPageOrASinglePageProvesNothing() {
        assertEquals(Map.of(), rule.check(replaceLast(pages(), nav -> null)));
        assertEquals(Map.of(), rule.check(pages().subList(0, 1)));
    }

    private static List<PageResult> pages() {
        return FixtureSite.pages("multiple-ways-missing", "failing");
    }

    private static List<PageResult> replaceLast(List<PageResult> pages,
                                                java.util.function.UnaryOperator<PageNavigation> change) {
        List<PageResult> changed = new ArrayList<>(pages);
        PageResult last = changed.remove(changed.size() - 1);
        changed.add(FixtureSite.withNavigation(last, change.apply(last.facts().navigation())));
        return changed;
    }
}
