package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.FixtureServer;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Impact;
import nl.ketenscan.rules.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Screenshots of findings, taken while the page is loaded, in real Chromium. */
class ElementScreenshotWithChromiumTest {

    private static final Duration BUDGET = Duration.ofSeconds(20);
    private static final GatherChoice AXE_ONLY = (url, html) -> Set.of();

    private static FixtureServer site;
    private static ChromiumInstance browser;

    @BeforeAll
    static void start() {
        site = FixtureServer.start("127.0.0.1");
        site.serve("/browser", Map.of());
        browser = ChromiumInstance.launch(BrowserSettings.local(BUDGET), Credentials.none());
    }

    @AfterAll
    static void stop() {
        browser.close();
        site.close();
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
            assertFalse(shot.finding().selector().contains(Finding.INTO_FRAME_OR_SHADOW_ROOT));
        }
        assertTrue(page.screenshots().stream().anyMatch(s -> s.finding().selector().equals("#logo")));
        assertTrue(claims.released.stream().noneMatch(f -> f.selector().equals("#logo")));
        assertEquals(0L, DialogSafeScripts.execute(browser.driver(),
                "return document.querySelectorAll('#ketenscan-screenshot-mark').length;"));
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
