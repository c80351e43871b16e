package nl.ketenscan.crawler.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import nl.ketenscan.crawler.crawl.Credentials;
import org.junit.jupiter.api.Test;

class LoginSessionsTest {

    private static final LoginForm FORM = new LoginForm("http://127.0.0.1:8001/inloggen", "#naam", "Wachtwoord",
            "Inloggen", new SuccessSign.Url(Pattern.compile("/mijn/")), new Secret("$USER", "lid"),
            new Secret("$PASSWORD", "wachtwoord-9"));

    private final AtomicInteger logins = new AtomicInteger();

    private LoginSessions sessions() {
        return new LoginSessions(Map.of(1, FORM), (org, form) -> List.of(Credentials.sessionCookie(form.url(), "/", false,
                "sessie", "waarde-" + logins.incrementAndGet())));
    }

    @Test
    void theSessionCookieGoesToTheLoginPagesHostAndPortOnly() {
        LoginSessions sessions = sessions();
        sessions.logInAll();
        Credentials credentials = Credentials.none().withSession(sessions::cookies);
        assertEquals("[Cookie: (hidden)]", credentials.browserHeadersFor("http://127.0.0.1:8001/mijn/").toString());
        assertEquals("waarde-1", credentials.browserHeadersFor("http://127.0.0.1:8001/").get(0).value().split("=")[1]);
        assertTrue(credentials.browserHeadersFor("http://127.0.0.1:8002/mijn/").isEmpty(), "another port");
        assertTrue(credentials.browserHeadersFor("http://localhost:8001/mijn/").isEmpty(), "another host");
    }

    @Test
    void twoPagesThatMeetTheEndedSessionRenewItOnce() {
        LoginSessions sessions = sessions();
        sessions.logInAll();
        int seen = sessions.generation(1);
        assertTrue(sessions.renew(1, seen));
        assertTrue(sessions.renew(1, seen), "the second worker uses the session the first made");
        assertEquals(2, logins.get());
        assertEquals(1, sessions.renewals(1));
        Credentials credentials = Credentials.none().withSession(sessions::cookies);
        assertTrue(credentials.browserHeadersFor("http://127.0.0.1:8001/").get(0).value().endsWith("waarde-2"));
    }

    @Test
    void aLoginPageIsKnownWhateverItsQuery() {
        LoginSessions sessions = sessions();
        assertTrue(sessions.isLoginPage(1, "http://127.0.0.1:8001/inloggen?terug=/mijn/"));
        assertFalse(sessions.isLoginPage(1, "http://127.0.0.1:8001/inloggen-hulp"));
        assertFalse(sessions.isLoginPage(0, "http://127.0.0.1:8001/inloggen"), "another organisation has no login");
    }

    @Test
    void aFailedLoginBeforeTheCrawlStopsItAndOneDuringTheCrawlIsThePagesError() {
        LoginSessions failing = new LoginSessions(Map.of(0, FORM), (org, form) -> {
            logins.incrementAndGet();
            throw new LoginFailedException("no sign of being logged in");
        });
        assertThrows(LoginFailedException.class, failing::logInAll);
        assertFalse(failing.renew(0, failing.generation(0)));
        assertFalse(failing.renew(0, failing.generation(0)), "a later page is an error at once");
        assertEquals(2, logins.get(), "one login before the crawl, one renewal, then no more");
    }

    @Test
    void secretsDoNotShowInMessages() {
        assertFalse(FORM.toString().contains("wachtwoord-9"), FORM.toString());
        assertFalse(FORM.toString().contains("lid,"), FORM.toString());
    }

    @Test
    void aLinkNamedLikeLogoutIsNeverFollowedWhereverItPoints() {
        LoginForm form = new LoginForm(FORM.url(), "#naam", "#wachtwoord", "Inloggen", FORM.loggedIn(), FORM.username(),
                FORM.password(), List.of(Pattern.compile("(?i)uitloggen"), Pattern.compile("(?i)log(?:[-_.+/\\s]|%20)?out")));
        LoginSessions sessions = new LoginSessions(Map.of(0, form), (org, f) -> List.of());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse("<a href='/sessie/einde'>Uitloggen</a>"
                + "<a href='/weg'><img src='deur.png' alt='Log out'></a><a href='/mijn/' title='Mijn overzicht'>Overzicht</a>");

        assertEquals(java.util.Set.of("http://127.0.0.1:8001/sessie/einde", "http://127.0.0.1:8001/weg"),
                sessions.logoutLinks(0, page, "http://127.0.0.1:8001/mijn/"));
        assertTrue(sessions.neverFollowed(0, "http://127.0.0.1:8001/sessie/einde"));
        assertFalse(sessions.neverFollowed(0, "http://127.0.0.1:8001/mijn/"));
        assertFalse(sessions.neverFollowed(1, "http://127.0.0.1:8001/sessie/einde"), "another organisation");
    }
}
