package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.FixtureServer;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.rules.PageAudit;
import nl.ketenscan.rules.Screenshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Screenshots of findings, taken while the page is loaded, in real Chromium. */
class ElementScreenshotWithChromiumTest {

    private static final Duration BUDGET = Duration.ofSeconds(20);
    private static final GatherChoice AXE_ONLY = (url, html) -> Set.of();

    private static FixtureServer site;
    private static FixtureServer partner;
    private static ChromiumInstance browser;

    @BeforeAll
    static void start() {
        site = FixtureServer.start("127.0.0.1");
        partner = FixtureServer.start("127.0.0.2");
        site.serve("/browser", Map.of("partner", partner.origin()));
        partner.serve("/browser", Map.of());
        browser = ChromiumInstance.launch(BrowserSettings.local(BUDGET), Credentials.none());
    }

    @AfterAll
    static void stop() {
        browser.close();
        site.close();
        partner.close();
    }

    @Test
    void eachClaimedFindingGetsASmallPngOfItsElementAndTheMarkIsTakenAway() throws IOException {
        ClaimAll claims = new ClaimAll();
        RenderedPage page = check("defects.html", claims);

        assertFalse(page.screenshots().isEmpty(), "findings: " + page.findings());
        for (TakenScreenshot shot : page.screenshots()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(shot.png()));
            assertTrue(image.getWidth() <= ElementScreenshot.MAX_WIDTH && image.getHeight() <= ElementScreenshot.MAX_HEIGHT,
                    image.getWidth() + "x" + image.getHeight());
            assertTrue(shot.png().length <= ElementScreenshot.MAX_BYTES);
            assertTrue(outlined(shot.png()), shot.finding().selector());
        }
        assertTrue(page.screenshots().stream().anyMatch(s -> s.finding().selector().equals("#logo")));
        assertTrue(page.screenshots().stream().anyMatch(s -> s.finding().selector().equals("#kaart >>> .kaart")),
                "the image in the shadow root: " + page.findings());
        assertTrue(claims.released.stream().noneMatch(f -> f.selector().equals("#logo")));
        assertEquals(0L, DialogSafeScripts.execute(browser.driver(),
                "return document.querySelectorAll('#ketenscan-screenshot-mark').length;"));
    }

    /** An own rule's finding, judged on the rendered DOM while the page is loaded, gets its screenshot too. */
    @Test
    void anOwnRuleFindingGetsAScreenshotWhileThePageIsLoaded() throws IOException {
        ClaimAll claims = new ClaimAll();
        RenderedPage page = checkWithOwnRules("own-rule.html", claims);

        Finding link = page.audit().findings().stream().filter(f -> f.rule().equals("link-text-generic")).findFirst()
                .orElseThrow(() -> new AssertionError("the own rule found nothing: " + page.audit().findings()));
        TakenScreenshot shot = page.screenshots().stream().filter(s -> s.finding().equals(link)).findFirst()
                .orElseThrow(() -> new AssertionError("no screenshot of " + link + ": " + page.screenshots()));
        assertTrue(outlined(shot.png()));
        assertEquals(site.url("/own-rule.html"), browser.driver().getCurrentUrl(), "the link was not followed");
        assertEquals(0, site.requests("/elders.html"));
        assertFalse(page.audit().findings().stream().anyMatch(f -> f.rule().equals("page-language")
                && page.screenshots().stream().anyMatch(s -> s.finding().equals(f))), "no crop of a whole page");
    }

    /**
     * Findings inside frames, nested and in a shadow root's frame, are found through their path: the page's
     * script follows frames of its origin, the driver switches into another origin's and back.
     */
    @Test
    void findingsInsideFramesGetScreenshots() throws IOException {
        ClaimAll claims = new ClaimAll();
        RenderedPage page = check("framed.html", claims);

        List<String> shown = page.screenshots().stream().map(s -> s.finding().selector()).toList();
        assertTrue(shown.contains("#same-origin >>> #in-frame"), shown + " of " + page.findings());
        assertTrue(shown.contains("#same-origin >>> #nested >>> #nested-field"), shown.toString());
        assertTrue(shown.contains("#widget >>> iframe[title=\"Widget\"] >>> #widget-image"), shown.toString());
        assertTrue(shown.contains("#partner >>> #partner-field"), shown.toString());
        assertFalse(shown.contains("#same-origin >>> html"), "no crop of a frame's whole document");
        assertEquals(true, DialogSafeScripts.execute(browser.driver(), "return window === window.top;"));
        for (TakenScreenshot shot : page.screenshots()) {
            assertTrue(outlined(shot.png()), shot.finding().selector());
        }
        assertEquals(0L, DialogSafeScripts.execute(browser.driver(),
                "return document.querySelectorAll('#ketenscan-screenshot-mark').length;"));
    }

    @Test
    void aPageWithoutFindingsGetsNoScreenshot() {
        ClaimAll claims = new ClaimAll();
        RenderedPage page = checkWithOwnRules("clean.html", claims);

        assertEquals(List.of(), page.audit().findings().stream().filter(f -> f.outcome() == Outcome.FAILED).toList());
        assertEquals(List.of(), page.screenshots());
        assertEquals(claims.claimed, claims.released);
    }

    @Test
    void aPageGetsAtMostItsCapOfScreenshots() {
        ClaimAll claims = new ClaimAll();
        RenderedPage page = check("many-defects.html", claims);

        assertTrue(page.findings().size() > Screenshot.MAX_PER_PAGE, page.findings().toString());
        assertEquals(Screenshot.MAX_PER_PAGE, page.screenshots().size());
        assertEquals(Screenshot.MAX_PER_PAGE, claims.claimed.size(), "no claim beyond the cap");
    }

    /** An own rule's selector that finds another kind of element in the live page gives no screenshot of it. */
    @Test
    void aSelectorThatFindsAnotherElementThanTheSnippetsGetsNone() {
        browser.enter(Scope.origin(site.origin()));
        browser.open(site.url("/defects.html"));
        Finding other = new Finding("link-text-generic", Engine.KETENSCAN, Outcome.NEEDS_REVIEW, List.of("2.4.4"),
                Impact.MODERATE, "#logo", "<a href=\"elders.html\">Klik hier</a>", List.of(), null);

        assertEquals(Optional.empty(), ElementScreenshot.of(browser.driver(), other));
    }

    @Test
    void aPageWithAFilledPasswordFieldGetsNoScreenshot() {
        ClaimAll claims = new ClaimAll();
        RenderedPage page = check("password-filled.html", claims);

        assertFalse(page.findings().isEmpty(), "the fields have no labels");
        assertEquals(List.of(), page.screenshots());
        assertEquals(claims.claimed, claims.released, "every reservation given back");
    }

    /** A focus failure is shown focused; the element's focus handler takes the page nowhere meanwhile. */
    @Test
    void aFocusFailureIsTakenFocusedWithoutFollowingWhereFocusLeads() {
        String url = site.url("/gatherers/keyboard-on-focus.html");
        browser.enter(Scope.origin(site.origin()));
        browser.open(url);
        Finding land = new Finding("focus-visible", Engine.KETENSCAN, Outcome.FAILED, List.of("2.4.7"), Impact.SERIOUS,
                "#land", null, List.of(), null);

        assertTrue(ElementScreenshot.of(browser.driver(), land).isPresent());
        assertEquals(url, browser.driver().getCurrentUrl());
        assertEquals(0, site.requests("/keyboard-elders.html"), "the focus handler's navigation was followed");
        assertEquals("body", DialogSafeScripts.execute(browser.driver(), "return document.activeElement.localName;"));
    }

    /** A focus failure inside another origin's frame is taken focused there, and the focus taken away again. */
    @Test
    void aFocusFailureInAnotherOriginsFrameIsTakenThereAndPutBack() throws IOException {
        browser.enter(Scope.origin(site.origin()));
        browser.open(site.url("/framed.html"));
        Object scrolled = DialogSafeScripts.execute(browser.driver(), "return [scrollX, scrollY];");
        Finding field = new Finding("focus-visible", Engine.KETENSCAN, Outcome.FAILED, List.of("2.4.7"), Impact.SERIOUS,
                "#partner >>> #partner-field", "<input id=\"partner-field\" type=\"text\">", List.of(), null);

        assertTrue(outlined(ElementScreenshot.of(browser.driver(), field).orElseThrow()));
        assertEquals(true, DialogSafeScripts.execute(browser.driver(), "return window === window.top;"));
        assertEquals("body", DialogSafeScripts.execute(browser.driver(), "return document.activeElement.localName;"),
                "the frame's field keeps no focus");
        assertEquals(scrolled, DialogSafeScripts.execute(browser.driver(), "return [scrollX, scrollY];"));
    }

    /** A reflow failure is taken at 320 CSS px, where the element sticks out, and the viewport put back. */
    @Test
    void aReflowFailureIsTakenAtItsWidthAndTheViewportPutBack() throws IOException {
        browser.enter(Scope.origin(site.origin()));
        browser.open(site.url("/gatherers/reflow-fails.html"));
        Object width = DialogSafeScripts.execute(browser.driver(), "return innerWidth;");
        Finding map = new Finding("reflow", Engine.KETENSCAN, Outcome.FAILED, List.of("1.4.10"), Impact.SERIOUS,
                "#kaart", null, List.of(), null);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ElementScreenshot.of(browser.driver(), map).orElseThrow()));

        assertTrue(image.getWidth() <= ElementScreenshot.MAX_WIDTH && image.getWidth() > 320, "the map sticks out: "
                + image.getWidth());
        assertEquals(width, DialogSafeScripts.execute(browser.driver(), "return innerWidth;"));
    }

    /** The page checked as a scan checks it: the own page rules judge its rendered DOM before it is left. */
    private static RenderedPage checkWithOwnRules(String path, EvidenceChoice evidence) {
        DomAudit ownRules = (dom, browserFindings, error) -> PageAudit.of(dom, browserFindings, error, address -> true);
        return new PageCheck(new AxeRunner(AxeScript.injected()), BUDGET)
                .check(browser, site.url("/" + path), Scope.origin(site.origin()), AXE_ONLY, evidence, ownRules);
    }

    /** Whether the image shows the mark's outline colour, which only the mark has on these fixtures. */
    private static boolean outlined(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color pixel = new Color(image.getRGB(x, y));
                if (Math.abs(pixel.getRed() - 0xd1) < 24 && pixel.getGreen() < 40 && Math.abs(pixel.getBlue() - 0x69) < 24) {
                    return true;
                }
            }
        }
        return false;
    }

    private static RenderedPage check(String path, EvidenceChoice evidence) {
        return new PageCheck(new AxeRunner(AxeScript.injected()), BUDGET)
                .check(browser, site.url("/" + path), Scope.origin(site.origin()), AXE_ONLY, evidence);
    }

    private static final class ClaimAll implements EvidenceChoice {
        final List<Finding> claimed = new ArrayList<>();
        final List<Finding> released = new ArrayList<>();

        @Override
        public boolean claim(Finding finding) {
            claimed.add(finding);
            return true;
        }

        @Override
        public void release(Finding finding) {
            released.add(finding);
        }
    }
}
