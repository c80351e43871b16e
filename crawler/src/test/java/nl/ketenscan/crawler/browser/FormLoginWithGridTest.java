package nl.ketenscan.crawler.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.FixtureServer;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.crawler.login.LoginFailedException;
import nl.ketenscan.crawler.login.LoginForm;
import nl.ketenscan.crawler.login.Secret;
import nl.ketenscan.crawler.login.SuccessSign;
import org.junit.jupiter.api.Test;

/**
 * {@link FormLogin} on a Selenium Grid, the same {@link ChromiumInstance} path a scan's browsers take
 * there: it sends the login form (the one POST a browser of ketenscan's may make), sees the sign of
 * success after the redirect, and hands back the session cookie bound to the site's host and port; with
 * the wrong password it says the sign is missing.
 */
class FormLoginWithGridTest {

    private static final Duration BUDGET = Duration.ofSeconds(10);
    private static final String SESSION = "sessie-grid-51c0";

    @Test
    void logsInOnTheGridAndHandsBackTheSessionForItsHostAndPortOnly() throws Exception {
        try (FixtureServer site = loginSite();
             SeleniumGridProcess grid = SeleniumGridProcess.start(BrowserSettings.local(BUDGET))) {
            BrowserSettings onGrid = new BrowserSettings(null, null, BUDGET, grid.url(), null);
            Scope scope = Scope.origin(site.url("/"));

            List<Credentials.Cookie> cookies = FormLogin.logIn(onGrid, Credentials.none(), scope,
                    form(site, "geheim-7"));

            assertEquals(1, cookies.size(), cookies.toString());
            Credentials session = Credentials.none().withSession(() -> cookies);
            assertEquals("Cookie", session.browserHeadersFor(site.url("/mijn/")).get(0).name());
            assertTrue(session.browserHeadersFor(site.url("/mijn/")).get(0).value().contains(SESSION));
            assertTrue(session.browserHeadersFor("http://127.0.0.2" + site.hostAndPort().substring(9) + "/mijn/").isEmpty(),
                    "another host");
            assertFalse(cookies.toString().contains(SESSION), "a cookie's text hides its value");

            LoginFailedException wrong = assertThrows(LoginFailedException.class,
                    () -> FormLogin.logIn(onGrid, Credentials.none(), scope, form(site, "fout")));
            assertTrue(wrong.getMessage().contains("no sign of being logged in (an address matching /mijn/$)"),
                    wrong.getMessage());
            assertFalse(wrong.getMessage().contains("fout"), wrong.getMessage());
        }
    }

    private static LoginForm form(FixtureServer site, String password) {
        return new LoginForm(site.url("/inloggen"), "E-mailadres", "#wachtwoord", "button[type=submit]",
                new SuccessSign.Url(Pattern.compile("/mijn/$")), new Secret("test", "lid@example.nl"),
                new Secret("test", password));
    }

    private static FixtureServer loginSite() {
        FixtureServer site = FixtureServer.start("127.0.0.1");
        byte[] form = ("<!doctype html><html lang=\"nl\"><head><title>Inloggen</title></head><body>"
                + "<form method=\"post\" action=\"/inloggen\"><label>E-mailadres <input name=\"email\"></label>"
                + "<label for=\"wachtwoord\">Wachtwoord</label><input id=\"wachtwoord\" name=\"wachtwoord\" type=\"password\">"
                + "<button type=\"submit\">Inloggen</button></form></body></html>").getBytes(UTF_8);
        site.handle("/inloggen", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
            if (exchange.getRequestMethod().equals("POST") && body.contains("wachtwoord=geheim-7")) {
                exchange.getResponseHeaders().add("Set-Cookie", "sessie=" + SESSION + "; Path=/; HttpOnly");
                exchange.getResponseHeaders().set("Location", "/mijn/");
                FixtureServer.send(exchange, 303, new byte[0]);
            } else {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                FixtureServer.send(exchange, 200, form);
            }
        });
        site.handle("/mijn/", exchange -> {
            boolean loggedIn = String.valueOf(exchange.getRequestHeaders().get("Cookie")).contains(SESSION);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            FixtureServer.send(exchange, 200, ("<!doctype html><title>" + (loggedIn ? "Mijn zaken" : "Niet ingelogd")
                    + "</title>").getBytes(UTF_8));
        });
        return site;
    }
}
