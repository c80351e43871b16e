package nl.ketenscan.rules.titles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.RuleFixtures;
import nl.ketenscan.rules.SiteFixture;
import org.junit.jupiter.api.Test;

class PageTitleDuplicateTest {

    private static final String SITE = "https://gemeente.example/";

    private final PageTitleDuplicate rule = new PageTitleDuplicate();

    @Test
    void everyPageSharingATitleGetsTheSameFindingSoItIsOneIssue() {
        Map<String, List<Finding>> findings = rule.check(pages("site.json"));

        assertEquals(List.of(SITE + "afval/", SITE + "afvalkalender/"), List.copyOf(findings.keySet()));
        Finding finding = findings.get(SITE + "afval/").get(0);
        assertEquals(List.of(finding), findings.get(SITE + "afvalkalender/"));
        assertEquals(Outcome.NEEDS_REVIEW, finding.outcome());
        assertEquals("html > head > title", finding.selector());
        assertEquals("<title>Afval | Gemeente Lindeveen</title>", finding.snippet());
        assertEquals(List.of("2.4.2"), finding.criteria());
    }

    private static List<PageResult> pages(String site) {
        return SiteFixture.read(RuleFixtures.folder("page-title-duplicate").resolve(site)).pages();
    }
}
