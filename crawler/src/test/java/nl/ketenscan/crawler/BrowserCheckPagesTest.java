package nl.ketenscan.crawler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import nl.ketenscan.crawler.browser.GatherCost;
import nl.ketenscan.crawler.browser.GatherScope;
import nl.ketenscan.rules.PageAddress;
import nl.ketenscan.rules.Sha256;
import org.junit.jupiter.api.Test;

class BrowserCheckPagesTest {

    private static final Set<GatherCost> ALL = EnumSet.allOf(GatherCost.class);
    private static final Set<GatherCost> QUICK = EnumSet.of(GatherCost.LIGHT);
    private static final String ARTICLE = "<html><body><header><nav></nav></header><main><article><p>x</p></article></main></body></html>";
    private static final String LISTING = "<html><body><header></header><main><ul><li>x</li></ul><table></table></main><footer></footer></body></html>";

    /** Organisation 0 is known to have 101 pages, organisation 1 exactly a hundred. */
    private final BrowserCheckPages pages = new BrowserCheckPages(GatherScope.SAMPLED,
            org -> org == 0 ? BrowserCheckPages.EVERY_PAGE_UP_TO + 1 : BrowserCheckPages.EVERY_PAGE_UP_TO);

    @Test
    void everyPageOfAnOrganisationOfAHundredPagesGetsEveryCheck() {
        for (int i = 0; i < 2 * BrowserCheckPages.EVERY_PAGE_UP_TO; i++) {
            assertEquals(ALL, costs(1, "https://partner.example/nieuws/" + i, ARTICLE));
        }
    }

    @Test
    void onALargerOneANewLayoutACommonPageAndSeedsGetEveryCheckTheRestOnlyQuickOnes() {
        pages.rendered(0, "article-layout");
        assertEquals(ALL, costs(0, unsampled("https://gemeente.example/artikel/"), ARTICLE), "first of its layout here");
        assertEquals(QUICK, costs(0, unsampled("https://gemeente.example/artikel-b/"), ARTICLE));
        assertEquals(ALL, costs(0, unsampled("https://gemeente.example/lijst/"), LISTING));
        assertEquals(ALL, costs(0, "https://gemeente.example/contact", ARTICLE));
        assertEquals(QUICK, costs(0, unsampled("https://gemeente.example/contact/formulier-"), ARTICLE), "contact is covered");
        assertEquals(ALL, pages.forPage(0, true).costs(unsampled("https://gemeente.example/start-"), ARTICLE));
    }

    /**
     * The random draw's stand-ins: pages of a known layout whose address the hash picks, as many as
     * WCAG-EM's draw takes from what was taken so far (a tenth, rounded up): one for two layouts.
     */
    @Test
    void aTenthOfThePagesTakenSoFarStandInForTheRandomDraw() {
        assertEquals(ALL, costs(0, unsampled("https://gemeente.example/artikel/"), ARTICLE));
        assertEquals(ALL, costs(0, unsampled("https://gemeente.example/lijst/"), LISTING));
        assertEquals(ALL, costs(0, sampled("https://gemeente.example/nieuws/", 0), ARTICLE), "the first stand-in");
        assertEquals(QUICK, costs(0, sampled("https://gemeente.example/nieuws/", 1), ARTICLE), "a tenth of two is one");
        assertEquals(QUICK, costs(0, unsampled("https://gemeente.example/nieuws/"), LISTING));
    }

    @Test
    void onRequestEveryPageGetsEveryCheck() {
        BrowserCheckPages everyPage = new BrowserCheckPages(GatherScope.EVERY_PAGE, org -> 1000);
        for (int i = 0; i < 2 * BrowserCheckPages.EVERY_PAGE_UP_TO; i++) {
            assertEquals(ALL, everyPage.forPage(0, false).costs("https://gemeente.example/nieuws/" + i, ARTICLE));
        }
    }

    @Test
    void noneRunsNoBrowserCheckAnywhere() {
        assertEquals(Set.of(), new BrowserCheckPages(GatherScope.NONE, org -> 1).forPage(0, true).costs("https://gemeente.example/", ARTICLE));
    }

    private Set<GatherCost> costs(int org, String url, String html) {
        return pages.forPage(org, false).costs(url, html);
    }

    /** An address starting with {@code prefix} that the random stand-ins' hash leaves out. */
    private static String unsampled(String prefix) {
        return address(prefix, false, 0);
    }

    /** The {@code skip}+1-th address starting with {@code prefix} that the random stand-ins' hash picks. */
    private static String sampled(String prefix, int skip) {
        return address(prefix, true, skip);
    }

    private static String address(String prefix, boolean picked, int skip) {
        for (int i = 0; ; i++) {
            String url = prefix + i;
            if ((Math.floorMod(Sha256.digest(PageAddress.key(url))[0], 10) == 0) == picked && skip-- == 0) {
                return url;
            }
        }
    }
}
