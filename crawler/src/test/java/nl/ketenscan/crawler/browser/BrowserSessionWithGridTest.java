package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.crawler.crawl.FixtureServer;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.rules.Message;
import org.junit.jupiter.api.Test;

class BrowserSessionWithGridTest {

    private static final Duration BUDGET = Duration.ofSeconds(20);

    @Test
    void checksPagesFramesIncludedInASessionOnTheGrid() throws Exception {
        try (FixtureServer site = FixtureServer.start("127.0.0.1");
             FixtureServer partner = FixtureServer.start("127.0.0.2");
             SeleniumGridProcess grid = SeleniumGridProcess.start(BrowserSettings.local(BUDGET));
             BrowserPool pool = new BrowserPool(new BrowserSettings(null, null, BUDGET, grid.url(), null), 1)) {
            site.serve("/browser", Map.of("partner", partner.origin()));
            partner.serve("/browser", Map.of());
            BrowserSession session = pool.acquire();

            RenderedPage page = session.check(site.url("/framed.html"));

            assertNull(page.error());
            assertEquals("nl", page.lang());
            List<String> selectors = page.findings().stream().map(Finding::selector).toList();
            assertTrue(selectors.contains("#same-origin >>> #nested >>> #nested-field"), selectors.toString());
            assertTrue(selectors.contains("#partner >>> #partner-field"), selectors.toString());
            pool.release(session);
        }
    }

    @Test
    void checksPagesBehindALoginThroughTheGridAsLocally() throws Exception {
        try (LoginSite site = new LoginSite();
             SeleniumGridProcess grid = SeleniumGridProcess.start(BrowserSettings.local(BUDGET));
             BrowserSession session = BrowserSession.start(new BrowserSettings(null, null, BUDGET, grid.url(), null),
                     site.header().and(site.cookie("lindeveen.localhost")))) {

            RenderedPage withHeader = session.check(site.page());
            RenderedPage withCookie = session.check(site.page("lindeveen.localhost"));

            assertEquals(site.page(), withHeader.finalUrl());
            assertEquals(site.page("lindeveen.localhost"), withCookie.finalUrl());
            assertTrue(withHeader.findings().stream().anyMatch(finding -> finding.rule().equals("image-alt")));
            assertTrue(site.partnerPaths().contains("/logo.png"), site.partnerPaths().toString());
            assertEquals(List.of(), site.leaks(true));
        }
    }

    /** The browser on the Grid keeps the scope as a local one: the other host gets nothing. */
    @Test
    void aPageOnTheGridCannotTakeTheBrowserOutOfTheScope() throws Exception {
        try (FixtureServer site = FixtureServer.start("127.0.0.1");
             FixtureServer elsewhere = FixtureServer.start("127.0.0.2");
             SeleniumGridProcess grid = SeleniumGridProcess.start(BrowserSettings.local(BUDGET));
             BrowserSession session = BrowserSession.start(new BrowserSettings(null, null, BUDGET, grid.url(), null))) {
            elsewhere.page("/geheim.html", "<title>Andermans pagina</title>");
            site.page("/weg.html", "<!doctype html><html lang=\"nl\"><head><title>Weg</title><script>location.href = '"
                    + elsewhere.url("/geheim.html") + "';</script></head><body><p>Even geduld</p></body></html>");
            site.page("/formulier.html", "<!doctype html><html lang=\"nl\"><head><title>Formulier</title></head><body>"
                    + "<form id=\"f\" method=\"post\" action=\"/verwerk\"></form>"
                    + "<script>document.getElementById('f').submit();</script></body></html>");

            RenderedPage away = session.check(site.url("/weg.html"), Scope.origin(site.origin()), GatherChoice.everything());
            RenderedPage form = session.check(site.url("/formulier.html"), Scope.origin(site.origin()), GatherChoice.everything());

            assertEquals(Message.of("note.browser.left-scope", elsewhere.url("/geheim.html")), away.error().get(0));
            assertEquals("note.browser.form-not-sent", form.error().get(0).key(), form.error().toString());
            assertEquals(List.of(), elsewhere.requests());
            assertEquals(0, site.requests("/verwerk"));
        }
    }

    @Test
    void saysWhatToCheckWhenNoGridAnswers() {
        BrowserSettings nowhere = new BrowserSettings(null, null, BUDGET, "http://127.0.0.1:9/", null);

        BrowserUnavailableException e = assertThrows(BrowserUnavailableException.class,
                () -> BrowserSession.start(nowhere));

        assertTrue(e.getMessage().contains("Check that the Grid runs"), e.getMessage());
    }
}
