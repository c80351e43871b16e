package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.ketenscan.rules.Finding;
import nl.ketenscan.rules.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chromium checks a page behind a login as the logged-in page when it has the credential, and the
 * credential reaches its own host only: not the partner's image, not a script on another port of the
 * same host when the header names a port, not the target of a redirect to another host.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LoggedInPagesWithChromiumTest {

    private static final BrowserSettings LOCAL = BrowserSettings.local(Duration.ofSeconds(20));

    private static LoginSite site;

    @BeforeAll
    static void startSite() {
        site = new LoginSite();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    private static List<String> rules(RenderedPage page) {
        return page.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void withAHeaderThePageIsCheckedLoggedInAndTheHeaderStaysOnItsHostAndPort() {
        RenderedPage page;
        RenderedPage redirected;
        try (BrowserSession session = BrowserSession.start(LOCAL, site.header())) {
            page = session.check(site.page());
            redirected = session.check(site.redirectToPartner());
        }

        assertNull(page.error());
        assertEquals(site.page(), page.finalUrl());
        assertEquals("Mijn zaken - Gemeente Lindeveen", page.title());
        assertTrue(rules(page).contains("image-alt"), "the logged-in page's defect: " + rules(page));
        assertEquals(Message.of("note.browser.left-scope", site.partnerPage()), redirected.error().get(0),
                "a redirect the browser meets out of the scope is not followed");
        assertTrue(site.partnerPaths().contains("/logo.png"), site.partnerPaths().toString());
        assertFalse(site.partnerPaths().contains("/hulp.html"), site.partnerPaths().toString());
        assertTrue(site.otherPortPaths().contains("/teller.js"), site.otherPortPaths().toString());
        assertEquals(List.of(), site.leaks(true));
    }

    @Test
    void withACookieThePageIsCheckedLoggedInTheSiteKeepsItsOwnCookiesAndSubdomainsGetNothing() {
        String page = site.page("lindeveen.localhost");
        RenderedPage first;
        RenderedPage again;
        RenderedPage subdomain;
        try (BrowserSession session = BrowserSession.start(LOCAL, site.cookie("lindeveen.localhost"))) {
            first = session.check(page);
            again = session.check(page);
            subdomain = session.check(site.page("www.lindeveen.localhost"));
        }

        assertEquals(page, first.finalUrl());
        assertEquals(page, again.finalUrl());
        assertTrue(rules(again).contains("image-alt"), rules(again).toString());
        List<String> cookies = site.pageCookies("lindeveen.localhost");
        assertEquals(2, cookies.size());
        assertTrue(cookies.get(1).contains("SESSION=" + LoginSite.SECRET) && cookies.get(1).contains("taal=nl"),
                "the given cookie and the one the page set: " + cookies.get(1).replace(LoginSite.SECRET, "(secret)"));
        assertTrue(subdomain.finalUrl().endsWith("/inloggen.html"), "a subdomain gets no cookie: " + subdomain.finalUrl());
        assertFalse(site.pageCookies("www.lindeveen.localhost").toString().contains(LoginSite.SECRET));
        assertEquals(List.of(), site.leaks(false));
    }

    /**
     * A browser's jar cannot bind a cookie to a port, so this one is added to the port's requests as their
     * Cookie header, which takes the place of what the jar would send: the cookie the page sets itself
     * (taal=nl) does not come back. The known price of a port in a cookie line.
     */
    @Test
    void aCookieGivenForAPortGoesToThatPortOnly() {
        RenderedPage first;
        RenderedPage again;
        try (BrowserSession session = BrowserSession.start(LOCAL, site.portCookie())) {
            first = session.check(site.page());
            again = session.check(site.page());
        }

        assertEquals(site.page(), first.finalUrl());
        assertTrue(rules(again).contains("image-alt"), rules(again).toString());
        List<String> cookies = site.pageCookies("127.0.0.1");
        assertEquals(List.of("SESSION=" + LoginSite.SECRET, "SESSION=" + LoginSite.SECRET),
                cookies.subList(cookies.size() - 2, cookies.size()), "this test's two page loads");
        assertTrue(site.otherPortPaths().contains("/teller.js"), site.otherPortPaths().toString());
        assertEquals(List.of(), site.leaks(true), "not to the script on another port of the same host");
    }

    @Test
    void aScriptThatSendsTheBrowserOnWhileThePageLoadsIsFollowedAsWithoutCredentials() {
        RenderedPage page;
        try (BrowserSession session = BrowserSession.start(LOCAL, site.header())) {
            page = session.check(site.scriptRedirect());
        }

        assertNull(page.error());
        assertEquals(site.page(), page.finalUrl());
        assertTrue(rules(page).contains("image-alt"), rules(page).toString());
    }

    /**
     * A page that navigates by itself once loaded (here a meta refresh) makes its next request wait for
     * the classic command chromedriver is running; the look at the load state ends after two seconds, the
     * request is judged, and the page it went to, in the scope, is checked.
     */
    @Test
    void aPageThatNavigatesInTheScopeOnceLoadedIsFollowedAndTheSessionGoesOn() {
        RenderedPage refreshing;
        RenderedPage next;
        try (BrowserSession session = BrowserSession.start(BrowserSettings.local(Duration.ofSeconds(5)), site.header())) {
            refreshing = session.check(site.metaRefresh());
            next = session.check(site.page());
        }

        assertNull(refreshing.error());
        assertEquals(site.page(), refreshing.finalUrl());
        assertNull(next.error());
        assertEquals(site.page(), next.finalUrl());
        assertTrue(rules(next).contains("image-alt"), rules(next).toString());
    }

    @Test
    void aPageOnAHostWithHeadersThatCannotBeReachedIsAnErrorAsWithoutCredentials() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        RenderedPage unreachable;
        RenderedPage next;
        try (BrowserSession session = BrowserSession.start(LOCAL, site.header())) {
            unreachable = session.check("http://127.0.0.1:" + closedPort + "/");
            next = session.check(site.page());
        }

        assertEquals(List.of(Message.of("page-error.not-loaded", "unknown error: net::ERR_CONNECTION_REFUSED")),
                unreachable.error());
        assertEquals(site.page(), next.finalUrl());
    }

    @Test
    void withoutCredentialsThePageIsTheLoginPage() {
        RenderedPage page;
        try (BrowserSession session = BrowserSession.start(LOCAL)) {
            page = session.check(site.page());
        }

        assertEquals(site.loginPage(), page.finalUrl());
        assertFalse(rules(page).contains("image-alt"), rules(page).toString());
    }
}
