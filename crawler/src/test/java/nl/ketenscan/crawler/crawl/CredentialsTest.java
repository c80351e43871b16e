package nl.ketenscan.crawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static final String SECRET = "geheim-7f3a9";

    private static List<String> sent(Credentials credentials, String url) {
        return credentials.headersFor(url).stream().map(h -> h.name() + ": " + h.value()).toList();
    }

    private static List<String> browserSent(Credentials credentials, String url) {
        return credentials.browserHeadersFor(url).stream().map(h -> h.name() + ": " + h.value()).toList();
    }

    @Test
    void aHeaderGoesToItsOwnHostOnly() {
        Credentials credentials = Credentials.parse("""
                # intranet
                intranet.lindeveen.nl Authorization: Bearer %s
                127.0.0.1:8001 X-Api-Key: %s
                """.formatted(SECRET, SECRET), "", "headers.txt");

        assertEquals(List.of("Authorization: Bearer " + SECRET), sent(credentials, "https://intranet.lindeveen.nl/a"));
        assertEquals(List.of("Authorization: Bearer " + SECRET), sent(credentials, "http://INTRANET.lindeveen.nl:8080/"),
                "a host without a port gets it on every port");
        assertEquals(List.of(), sent(credentials, "https://www.lindeveen.nl/"));
        assertEquals(List.of(), sent(credentials, "https://intranet.lindeveen.nl.evil.example/"));
        assertEquals(List.of("X-Api-Key: " + SECRET), sent(credentials, "http://127.0.0.1:8001/"));
        assertEquals(List.of(), sent(credentials, "http://127.0.0.1:8002/"), "a host with a port only on that port");
    }

    @Test
    void cookiesFromACookiesTxtExportOrShortLines() {
        String cookiesTxt = String.join("\t", ".intranet.lindeveen.nl", "TRUE", "/", "TRUE", "0", "SESSION", SECRET) + "\n"
                + "#HttpOnly_" + String.join("\t", "intranet.lindeveen.nl", "FALSE", "/mijn/", "FALSE", "0", "PAD", "p") + "\n"
                + String.join("\t", "intranet.lindeveen.nl", "FALSE", "/", "FALSE", "1", "OUD", "verlopen") + "\n"
                + "www.lindeveen.nl taal=nl\n";
        Credentials credentials = Credentials.parse("", cookiesTxt, "cookies.txt");

        assertEquals(List.of("Cookie: SESSION=" + SECRET + "; PAD=p"), sent(credentials, "https://intranet.lindeveen.nl/mijn/zaken"));
        assertEquals(List.of(), sent(credentials, "http://intranet.lindeveen.nl/"), "a secure cookie needs https");
        assertEquals(List.of("Cookie: taal=nl"), sent(credentials, "http://www.lindeveen.nl/"));
        assertEquals(List.of(), sent(credentials, "https://sub.intranet.lindeveen.nl/"), "exactly its own host");
    }

    @Test
    void aBrowserGetsTheHeadersAndTheCookiesForAPortWhileItsJarHoldsTheOthers() {
        Credentials credentials = Credentials.parse("intranet.lindeveen.nl:8443 Authorization: Bearer " + SECRET,
                "WWW.lindeveen.nl taal=nl\n" + String.join("\t", "intranet.lindeveen.nl", "FALSE", "/mijn/", "TRUE",
                        "0", "SESSION", SECRET) + "\n127.0.0.1:19101 PORT=" + SECRET, "env");

        assertEquals(List.of("Authorization: Bearer " + SECRET),
                browserSent(credentials, "https://intranet.lindeveen.nl:8443/mijn/zaken"),
                "the jar sends the cookie of a host without a port itself");
        assertEquals(List.of(), browserSent(credentials, "https://intranet.lindeveen.nl/mijn/zaken"));
        assertEquals(List.of("Cookie: PORT=" + SECRET), browserSent(credentials, "http://127.0.0.1:19101/"));
        assertEquals(List.of(), browserSent(credentials, "http://127.0.0.1:19102/"));
        assertEquals(List.of(new Credentials.Cookie("www.lindeveen.nl", -1, "/", false, "taal", "nl"),
                new Credentials.Cookie("intranet.lindeveen.nl", -1, "/mijn/", true, "SESSION", SECRET),
                new Credentials.Cookie("127.0.0.1", 19101, "/", false, "PORT", SECRET)), credentials.cookies());
        assertEquals(List.of(true, true, false), credentials.cookies().stream().map(Credentials.Cookie::fitsAJar).toList());
        assertFalse(credentials.cookies().toString().contains(SECRET), credentials.cookies().toString());
    }

    @Test
    void aCookieForAPortGoesToThatPortOnly() {
        Credentials credentials = Credentials.parse("", "127.0.0.1:19101 SESSION=" + SECRET, "cookies.txt");

        assertEquals(List.of("Cookie: SESSION=" + SECRET), sent(credentials, "http://127.0.0.1:19101/mijn"));
        assertEquals(List.of(), sent(credentials, "http://127.0.0.1:19102/mijn"));
        assertEquals(List.of(), sent(credentials, "http://127.0.0.1/mijn"));
    }

    @Test
    void aValueHttpCannotCarryIsAnErrorNamingTheLineNeverTheValue() {
        for (String headers : List.of("www.lindeveen.nl X-Token: " + SECRET + "€", "www.lindeveen.nl X-Token: " + SECRET + "\u0007")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Credentials.parse("# first\n" + headers, "", "headers.txt"));
            assertTrue(e.getMessage().startsWith("headers.txt line 2: the value of header X-Token holds a character HTTP"),
                    e.getMessage());
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        }
        for (String cookies : List.of("www.lindeveen.nl SESSION=" + SECRET + "€",
                String.join("\t", "www.lindeveen.nl", "FALSE", "/", "FALSE", "0", "SESSION", SECRET + "\u0001"),
                "www.lindeveen.nl SESSION=" + SECRET + ";extra=1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Credentials.parse("", cookies, "cookies.txt"));
            assertTrue(e.getMessage().startsWith("cookies.txt line 1: the value of cookie SESSION holds"), e.getMessage());
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        }
        assertEquals(1, Credentials.parse("www.lindeveen.nl X-Token: a b\t~!", "", "headers.txt")
                .headersFor("http://www.lindeveen.nl/").size(), "spaces, tabs and visible ASCII are fine");
    }

    @Test
    void neverShowsAValue() {
        Credentials credentials = Credentials.parse("intranet.lindeveen.nl Authorization: Bearer " + SECRET,
                "intranet.lindeveen.nl SESSION=" + SECRET, "env");

        assertFalse(credentials.toString().contains(SECRET), credentials.toString());
        assertTrue(credentials.toString().contains("Authorization for intranet.lindeveen.nl"), credentials.toString());
        assertFalse(credentials.headersFor("https://intranet.lindeveen.nl/").toString().contains(SECRET));
    }

    @Test
    void mistakesNameTheLineButNotTheValue() {
        IllegalArgumentException noHost = assertThrows(IllegalArgumentException.class,
                () -> Credentials.parse("\nAuthorization:Bearer-" + SECRET, "", "headers.txt"));
        IllegalArgumentException restricted = assertThrows(IllegalArgumentException.class,
                () -> Credentials.parse("www.lindeveen.nl Host: " + SECRET, "", "headers.txt"));
        IllegalArgumentException badCookie = assertThrows(IllegalArgumentException.class,
                () -> Credentials.parse("", "www.lindeveen.nl " + SECRET, "cookies.txt"));

        assertTrue(noHost.getMessage().startsWith("headers.txt line 2:"), noHost.getMessage());
        assertTrue(restricted.getMessage().contains("Host"), restricted.getMessage());
        assertTrue(badCookie.getMessage().startsWith("cookies.txt line 1:"), badCookie.getMessage());
        for (IllegalArgumentException e : List.of(noHost, restricted, badCookie)) {
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        }
    }
}
