package nl.ketenscan.rules.titles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageContent;
import nl.ketenscan.rules.PageFacts;
import nl.ketenscan.rules.PageResult;
import nl.ketenscan.rules.RuleFixtures;
import org.junit.jupiter.api.Test;

class PageTitleDuplicateTest {

    private static final String SITE = "https://www.lindeveen.example/";

    private final PageTitleDuplicate rule = new PageTitleDuplicate();

    @Test
    void everyPageSharingATitleGetsTheSameFindingSoItIsOneIssue() {
        Map<String, List<Finding>> findings = rule.check(pages("failing"));

        assertEquals(List.of(SITE + "afval/", SITE + "afvalkalender/"), List.copyOf(findings.keySet()));
        Finding finding = findings.get(SITE + "afval/").get(0);
        assertEquals(List.of(finding), findings.get(SITE + "afvalkalender/"));
        assertEquals(Outcome.NEEDS_REVIEW, finding.outcome());
        assertEquals("html > head > title", finding.selector());
        assertEquals("<title>Afval | Gemeente Lindeveen</title>", finding.snippet());
        assertEquals(List.of("2.4.2"), finding.criteria());
    }

    @Test
    void differentTitlesAreFine() {
        assertEquals(Map.of(), rule.check(pages("passing")));
    }

    @Test
    void errorPagesOtherContentAndARedirectToACountedPageAreNotDuplicates() {
        List<PageResult> pages = List.of(
                page(SITE + "afval/", SITE + "afval/", 200, "text/html; charset=utf-8", "Afval | Gemeente Lindeveen"),
                page(SITE + "afval", SITE + "afval/", 200, "text/html; charset=utf-8", "Afval | Gemeente Lindeveen"),
                page(SITE + "bestaat-niet/", SITE + "bestaat-niet/", 404, "text/html", "Pagina niet gevonden"),
                page(SITE + "ook-niet/", SITE + "ook-niet/", 404, "text/html", "Pagina niet gevonden"),
                page(SITE + "kaart.svg", SITE + "kaart.svg", 200, "image/svg+xml", "Afval | Gemeente Lindeveen"));

        assertEquals(Map.of(), rule.check(pages));
    }

    private static List<PageResult> pages(String folder) {
        return RuleFixtures.files("page-title-duplicate/" + folder, "").stream()
                .map(PageTitleDuplicateTest::fromFixture)
                .toList();
    }

    private static PageResult fromFixture(Path file) {
        PageContent content = RuleFixtures.parse(file);
        return page(content.url(), content.url(), 200, "text/html; charset=utf-8", content.document().title());
    }

    private static PageResult page(String url, String finalUrl, int status, String type, String title) {
        return new PageResult(url, finalUrl, status, type, title, "nl", null, List.of(), null, 0, 0, null,
                PageFacts.NONE);
    }
}
