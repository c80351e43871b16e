package nl.ketenscan.crawler.browser;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.Headers;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.FixtureServer;

/**
 * A municipality's page behind a login on 127.0.0.1 ({@code /mijn-zaken.html}): with the credential it
 * is the logged-in page, with an image without alt text, and without it a redirect to a login page
 * without that defect; Chromium reaches it under any name of {@code *.localhost} too. The logged-in
 * page sets a cookie of its own, loads a script from 127.0.0.1 on
 * another port and an image from a partner on 127.0.0.2, and links to a redirect to the partner; two
 * pages send the browser on to it by themselves, by a script and by a meta refresh. Every
 * server records each request's headers, so a test can tell where the credential went.
 */
final class LoginSite implements AutoCloseable {

    static final String SECRET = "geheim-sessie-7f3a9";

    private final FixtureServer site = FixtureServer.start("127.0.0.1");
    private final FixtureServer otherPort = FixtureServer.start("127.0.0.1");
    private final FixtureServer partner = FixtureServer.start("127.0.0.2");

    LoginSite() {
        byte[] loggedIn = FixtureServer.fixture("/login/mijn-zaken.html",
                Map.of("teller", otherPort.origin(), "partner", partner.origin())).getBytes(UTF_8);
        site.handle("/mijn-zaken.html", exchange -> {
            if (hasCredential(exchange.getRequestHeaders())) {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.getResponseHeaders().add("Set-Cookie", "taal=nl; Path=/");
                FixtureServer.send(exchange, 200, loggedIn);
            } else {
                exchange.getResponseHeaders().set("Location", "/inloggen.html");
                FixtureServer.send(exchange, 302, new byte[0]);
            }
        });
        site.page("/inloggen.html", FixtureServer.fixture("/login/inloggen.html"));
        site.redirect("/naar-partner", 302, partner.url("/hulp.html"));
        site.page("/doorsturen.html", "<!doctype html><html lang=\"nl\"><head><title>Even geduld</title>"
                + "<script>location.href = '/mijn-zaken.html';</script></head><body><p>U wordt doorgestuurd.</p></body></html>");
        site.page("/verversen.html", "<!doctype html><html lang=\"nl\"><head><title>Even geduld</title>"
                + "<meta http-equiv=\"refresh\" content=\"0; url=/mijn-zaken.html\"></head>"
                + "<body><p>U wordt doorgestuurd.</p></body></html>");
        partner.page("/hulp.html", "<!doctype html><html lang=\"nl\"><head><title>Hulp bij uw aanvraag</title></head>"
                + "<body><main><h1>Hulp bij uw aanvraag</h1></main></body></html>");
        otherPort.respond("/teller.js", 200, "text/javascript", "window.teller = 1;");
    }

    private static boolean hasCredential(Headers headers) {
        return SECRET.equals(headers.getFirst("X-Api-Key"))
                || String.valueOf(headers.get("Cookie")).contains("SESSION=" + SECRET);
    }

    String page() {
        return site.url("/mijn-zaken.html");
    }

    /** The page under another name of this site's address, e.g. {@code lindeveen.localhost}. */
    String page(String host) {
        return "http://" + host + ":" + site.hostAndPort().substring(site.hostAndPort().indexOf(':') + 1)
                + "/mijn-zaken.html";
    }

    /** A page that sends the browser on to the page behind the login by a script while it loads. */
    String scriptRedirect() {
        return site.url("/doorsturen.html");
    }

    /** A page that sends the browser on to the page behind the login by a meta refresh. */
    String metaRefresh() {
        return site.url("/verversen.html");
    }

    String loginPage() {
        return site.url("/inloggen.html");
    }

    String redirectToPartner() {
        return site.url("/naar-partner");
    }

    String partnerPage() {
        return partner.url("/hulp.html");
    }

    /** The credential as a header for this site's host and port only. */
    Credentials header() {
        return Credentials.parse(site.hostAndPort() + " X-Api-Key: " + SECRET, "", "test headers");
    }

    /** The credential as a cookie for {@code host}, a name of this site (cookies go to any port of it). */
    Credentials cookie(String host) {
        return Credentials.parse("", host + " SESSION=" + SECRET, "test cookies");
    }

    /** The credential as a cookie for this site's host and port only, which no browser jar can hold so. */
    Credentials portCookie() {
        return Credentials.parse("", site.hostAndPort() + " SESSION=" + SECRET, "test cookies");
    }

    /** The Cookie header of each request for the page under the name {@code host}, "null" when none. */
    List<String> pageCookies(String host) {
        return site.requests().stream()
                .filter(request -> request.path().equals("/mijn-zaken.html")
                        && String.valueOf(request.headers().getFirst("Host")).startsWith(host + ":"))
                .map(request -> String.valueOf(request.headers().getFirst("Cookie")))
                .toList();
    }

    List<String> partnerPaths() {
        return partner.requests().stream().map(FixtureServer.Request::path).toList();
    }

    List<String> otherPortPaths() {
        return otherPort.requests().stream().map(FixtureServer.Request::path).toList();
    }

    /** The partner's requests, and with {@code otherPortToo} those to the other port, that carried the secret. */
    List<String> leaks(boolean otherPortToo) {
        Stream<FixtureServer.Request> elsewhere = otherPortToo
                ? Stream.concat(partner.requests().stream(), otherPort.requests().stream())
                : partner.requests().stream();
        return elsewhere.filter(request -> request.headers().values().stream()
                        .flatMap(List::stream)
                        .anyMatch(value -> value.contains(SECRET)))
                .map(FixtureServer.Request::path)
                .toList();
    }

    @Override
    public void close() {
        site.close();
        otherPort.close();
        partner.close();
    }
}
