package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.ketenscan.rules.AxeRuleText;
import nl.ketenscan.rules.Engine;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Outcome;
import nl.ketenscan.crawler.crawl.FixtureServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BrowserSessionWithChromiumTest {

    /** Generous, so that a loaded test machine cannot make a fixture page look slow. */
    private static final Duration BUDGET = Duration.ofSeconds(20);
    private static final Duration SHORT_BUDGET = Duration.ofSeconds(3);

    private static FixtureServer site;
    private static FixtureServer partner;
    private static BrowserSession session;

    @BeforeAll
    static void start() {
        site = FixtureServer.start("127.0.0.1");
        partner = FixtureServer.start("127.0.0.2");
        site.serve("/browser", Map.of("partner", partner.origin()));
        partner.serve("/browser", Map.of());
        site.handle("/never-finishes.html", exchange -> {
            try (OutputStream out = FixtureServer.startPage(exchange, "<!DOCTYPE html><html lang=\"nl\"><head>"
                    + "<title>Traag</title></head><body><main><h1>Traag</h1><img id=\"slow-image\" src=\"a.png\">")) {
                Thread.sleep(SHORT_BUDGET.multipliedBy(4).toMillis());
                out.write("</main></body></html>".getBytes());
            } catch (InterruptedException serverStopped) {
                Thread.currentThread().interrupt();
            }
        });
        session = BrowserSession.start(BrowserSettings.local(BUDGET));
    }

    @AfterAll
    static void stop() {
        session.close();
        site.close();
        partner.close();
    }

    @Test
    void findsKnownDefectsWithTheirCriteriaAndSelectors() {
        RenderedPage page = session.check(site.url("/defects.html"));

        assertNull(page.error());
        Finding image = only(page, "image-alt", "#logo");
        assertEquals(Outcome.FAILED, image.outcome());
        assertEquals(Engine.AXE, image.engine());
        assertEquals(List.of("1.1.1"), image.criteria());
        assertTrue(image.snippet().startsWith("<img id=\"logo\""), image.snippet());
        assertTrue(image.helpUrl().contains("image-alt"), image.helpUrl());
        assertNotNull(image.impact());
        assertEquals(List.of(AxeRuleText.explanation("image-alt")), image.message(), "ketenscan's words, not axe's");
        Finding faint = only(page, "color-contrast", "#faint");
        assertEquals(List.of("1.4.3"), faint.criteria());
        Message contrast = faint.message().get(1);
        assertEquals("axe-check.contrast", contrast.key(), faint.message().toString());
        assertEquals(List.of("#c0c0c0", "#ffffff", 4.5), List.of(contrast.args().get(1), contrast.args().get(2),
                contrast.args().get(5)), "the colours measured and the ratio needed, from axe's check data");
        only(page, "label", "#postcode");
        only(page, "image-alt", "#kaart >>> .kaart");
    }

    @Test
    void readsTitleLanguageAndWhereThePageEnded() {
        RenderedPage page = session.check(site.url("/defects.html"));

        assertEquals(site.url("/defects.html"), page.finalUrl());
        assertEquals("Gemeente Voorbeeld - afval", page.title());
        assertEquals("nl", page.lang());
        assertEquals("en-GB", session.check(site.url("/clean.html")).lang());
        assertNull(session.check(site.url("/no-lang.html")).lang());
    }

    @Test
    void aCleanPageHasNoFailures() {
        RenderedPage page = session.check(site.url("/clean.html"));

        assertNull(page.error());
        assertEquals(List.of(), page.findings().stream().filter(f -> f.outcome() == Outcome.FAILED).toList());
    }

    @Test
    void checksSameOriginNestedOtherOriginAndShadowFrames() {
        RenderedPage page = session.check(site.url("/framed.html"));

        assertNull(page.error());
        only(page, "image-alt", "#same-origin >>> #in-frame");
        only(page, "label", "#same-origin >>> #nested >>> #nested-field");
        only(page, "label", "#partner >>> #partner-field");
        only(page, "image-alt", "#widget >>> iframe[title=\"Widget\"] >>> #widget-image");
    }

    @Test
    void dismissesDialogsOnLoadAndInALoop() {
        RenderedPage page = session.check(site.url("/alerts.html"));

        assertNull(page.error());
        assertEquals("Meldingen", page.title());
        only(page, "image-alt", "#after-alerts");
        assertEquals("Municipality - contact", session.check(site.url("/clean.html")).title());
    }

    @Test
    void checksWhatHadLoadedWhenThePageNeverFinishes() {
        try (BrowserSession impatient = BrowserSession.start(BrowserSettings.local(SHORT_BUDGET))) {
            RenderedPage page = impatient.check(site.url("/never-finishes.html"));

            assertNotNull(page.error());
            assertTrue(page.error().contains(Message.of("page-error.load-timeout", 3)), page.error().toString());
            assertEquals("Traag", page.title());
            only(page, "image-alt", "#slow-image");
        }
    }

    @Test
    void anAxeRunThatFailsIsAnErrorNotACleanPage() {
        RenderedPage page = session.check(site.url("/axe-taken.html"));

        assertNotNull(page.error());
        assertEquals(List.of(), page.findings());
        assertNull(session.check(site.url("/clean.html")).error());
    }

    @Test
    void aPageTheBrowserCannotReachIsAnError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        RenderedPage page = session.check("http://127.0.0.1:" + closedPort + "/");

        assertNotNull(page.error());
        assertTrue(page.error().toString().contains("ERR_CONNECTION_REFUSED"), page.error().toString());
        assertEquals(List.of(), page.findings());
    }

    /**
     * Opened through BiDi, as every page is, chrome://crash no longer crashes the tab: Chromium aborts
     * the navigation. The page is recorded with an error and the session goes on.
     */
    @Test
    void aPageTheBrowserRefusesToOpenIsAnErrorAndTheSessionGoesOn() {
        RenderedPage page = session.check("chrome://crash");

        assertNotNull(page.error());
        assertNull(session.check(site.url("/clean.html")).error());
    }

    @Test
    void reportsTheVersionOfTheAxeItInjects() {
        assertEquals(System.getProperty("axe.version"), session.axeVersion());
    }

    private static Finding only(RenderedPage page, String rule, String selector) {
        List<Finding> matches = page.findings().stream()
                .filter(f -> f.rule().equals(rule) && selector.equals(f.selector()))
                .toList();
        Map<String, List<String>> seen = page.findings().stream().collect(
                Collectors.groupingBy(Finding::rule, Collectors.mapping(Finding::selector, Collectors.toList())));
        assertEquals(1, matches.size(), rule + " at " + selector + " among " + seen);
        return matches.get(0);
    }
}
