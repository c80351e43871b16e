package nl.ketenscan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteAuditTest {

    private static final String SITE = "https://www.lindeveen.example/";
    private static final Finding AXE = new Finding("image-alt", Engine.AXE, Outcome.FAILED, List.of("1.1.1"),
            Impact.CRITICAL, "img", "<img src=\"logo.svg\">", "Afbeelding zonder alt", null);

    @Test
    void addsSiteFindingsAfterThePagesOwnFindingsAndKeepsEverythingElse() {
        ScanResults audited = SiteAudit.apply(scan(
                page("afval/", "Afval | Gemeente Lindeveen", AXE),
                page("afvalkalender/", "Afval | Gemeente Lindeveen"),
                page("contact/", "Contact | Gemeente Lindeveen", AXE)));

        List<PageResult> pages = audited.organisations().get(0).pages();
        assertEquals(List.of("image-alt", "page-title-duplicate"), rules(pages.get(0)));
        assertEquals(List.of("page-title-duplicate"), rules(pages.get(1)));
        assertEquals(List.of("image-alt"), rules(pages.get(2)));
        assertEquals("scan-1", audited.scanId());
        assertEquals(1, audited.organisations().get(0).issues().stream()
                .filter(i -> i.example().rule().equals("page-title-duplicate")).count());
    }

    @Test
    void applyingTwiceGivesWhatApplyingOnceGives() {
        ScanResults once = SiteAudit.apply(scan(
                page("afval/", "Afval | Gemeente Lindeveen"),
                page("afvalkalender/", "Afval | Gemeente Lindeveen")));

        assertEquals(once, SiteAudit.apply(once));
    }

    @Test
    void organisationsAreJudgedEachOnTheirOwn() {
        Organisation gemeente = Organisation.of("Gemeente Lindeveen", Role.GEMEENTE, List.of(SITE));
        Organisation bibliotheek = Organisation.of("Bibliotheek Lindeveen", Role.KETENPARTNER, List.of("https://bieb.example/"));
        ScanResults results = new ScanResults("dev", "4.11.1", "scan-1", Instant.EPOCH, Instant.EPOCH, true, List.of(
                new OrganisationResults(gemeente, List.of(page("contact/", "Contact"))),
                new OrganisationResults(bibliotheek, List.of(page("contact/", "Contact")))));

        assertEquals(results, SiteAudit.apply(results));
    }

    private static ScanResults scan(PageResult... pages) {
        Organisation gemeente = Organisation.of("Gemeente Lindeveen", Role.GEMEENTE, List.of(SITE));
        return new ScanResults("dev", "4.11.1", "scan-1", Instant.EPOCH, Instant.EPOCH, true,
                List.of(new OrganisationResults(gemeente, List.of(pages))));
    }

    private static PageResult page(String path, String title, Finding... findings) {
        return new PageResult(SITE + path, SITE + path, 200, "text/html", title, "nl", null, List.of(findings), null,
                0, 0, null, PageFacts.NONE);
    }

    private static List<String> rules(PageResult page) {
        return page.findings().stream().map(Finding::rule).toList();
    }
}
