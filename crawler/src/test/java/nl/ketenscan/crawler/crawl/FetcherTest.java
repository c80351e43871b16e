package nl.ketenscan.crawler.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final FixtureServer site = FixtureServer.start();
    private final Fetcher fetcher = new Fetcher(TIMEOUT, 64 * 1024, "ketenscan-test/1.0");

    @AfterEach
    void stopServer() {
        site.close();
    }

    private Scope siteScope() {
        return Scope.origin(site.origin());
    }

    private static void assertFailed(FetchResult result, String expectedInError) {
        assertNotNull(result.error(), "expected an error");
        assertTrue(result.error().contains(expectedInError), result.error());
        assertEquals(0, result.body().length);
    }

    @Test
    void fetchesAnHtmlPage() {
        site.page("/", "<!doctype html><title>Welkom</title><p>Gemeente Voorbeeld</p>");

        FetchResult result = fetcher.fetch(site.url("/"), siteScope());

        assertNull(result.error());
        assertEquals(200, result.status());
        assertEquals(site.url("/"), result.finalUrl());
        assertTrue(result.isHtml());
        assertFalse(result.truncated());
        assertTrue(result.text().contains("Gemeente Voorbeeld"));
        assertEquals("ketenscan-test/1.0", site.requests().get(0).headers().getFirst("User-Agent"));
    }

    @Test
    void anHttpErrorStatusIsAnAnswerNotAnError() {
        site.respond("/fout", 500, "text/html", "<p>Er ging iets mis</p>");

        FetchResult missing = fetcher.fetch(site.url("/bestaat-niet"), siteScope());
        FetchResult broken = fetcher.fetch(site.url("/fout"), siteScope());

        assertEquals(404, missing.status());
        assertNull(missing.error());
        assertEquals(500, broken.status());
        assertNull(broken.error());
        assertEquals("<p>Er ging iets mis</p>", broken.text());
    }

    @Test
    void followsARedirectChainWithinScope() {
        site.redirect("/oud", 301, "/tussen");
        site.redirect("/tussen", 302, site.url("/nieuw"));
        site.page("/nieuw", "<p>hier</p>");

        FetchResult result = fetcher.fetch(site.url("/oud"), siteScope());

        assertNull(result.error());
        assertEquals(200, result.status());
        assertEquals(site.url("/oud"), result.url());
        assertEquals(site.url("/nieuw"), result.finalUrl());
        assertEquals(1, site.requests("/nieuw"));
    }

    @Test
    void reportsARedirectLoop() {
        site.redirect("/a", 302, "/b");
        site.redirect("/b", 302, "/a");

        FetchResult result = fetcher.fetch(site.url("/a"), siteScope());

        assertFailed(result, "redirect loop");
        assertEquals(302, result.status());
        assertEquals(1, site.requests("/a"));
        assertEquals(1, site.requests("/b"));
    }

    @Test
    void stopsAfterTenRedirects() {
        for (int i = 0; i < 12; i++) {
            site.redirect("/r" + i, 302, "/r" + (i + 1));
        }

        FetchResult result = fetcher.fetch(site.url("/r0"), siteScope());

        assertFailed(result, "more than 10 redirects");
        assertEquals(Fetcher.MAX_REDIRECTS + 1, site.requests().size());
    }

    @Test
    void neverContactsAHostOutsideTheScopeThroughARedirect() {
        try (FixtureServer elsewhere = FixtureServer.start("127.0.0.2")) {
            elsewhere.page("/", "<p>somebody else</p>");
            site.redirect("/weg", 301, elsewhere.url("/"));

            FetchResult result = fetcher.fetch(site.url("/weg"), siteScope());

            assertFailed(result, "redirect leaves the organisation's scope: " + elsewhere.url("/"));
            assertEquals(301, result.status());
            assertEquals(site.url("/weg"), result.finalUrl());
            assertEquals(0, elsewhere.requests().size());
        }
    }

    @Test
    void neverFollowsARedirectIntoAPathRobotsTxtForbids() {
        site.redirect("/medewerkers", 302, "/intern/");
        site.page("/intern/", "<p>intern</p>");

        FetchResult result = fetcher.fetch(site.url("/medewerkers"), siteScope(), url -> !url.contains("/intern/"));

        assertFailed(result, "redirect to " + site.url("/intern/") + ", which robots.txt forbids");
        assertEquals(302, result.status());
        assertEquals(0, site.requests("/intern/"));
    }

    @Test
    void followsARedirectToAnExtraHostOfTheOrganisation() {
        try (FixtureServer forms = FixtureServer.start("127.0.0.2")) {
            forms.page("/aanvraag", "<form></form>");
            site.redirect("/formulier", 302, forms.url("/aanvraag"));
            Scope scope = Scope.of(new Organisation("Voorbeeld", Role.GEMEENTE, List.of(site.url("/")),
                    Set.of(forms.hostAndPort()), List.of(), List.of()));

            FetchResult result = fetcher.fetch(site.url("/formulier"), scope);

            assertNull(result.error());
            assertEquals(forms.url("/aanvraag"), result.finalUrl());
        }
    }

    @Test
    void doesNotRequestAUrlOutsideTheScope() {
        try (FixtureServer elsewhere = FixtureServer.start("127.0.0.2")) {
            FetchResult result = fetcher.fetch(elsewhere.url("/"), siteScope());

            assertFailed(result, "outside the organisation's scope");
            assertEquals(0, elsewhere.requests().size());
        }
    }

    @Test
    void cutsOffABodyOverTheLimit() {
        byte[] large = new byte[200_000];
        Arrays.fill(large, (byte) 'x');
        site.respond("/groot", 200, "text/plain", large);
        Fetcher capped = new Fetcher(TIMEOUT, 10_000, "ketenscan-test/1.0");

        FetchResult result = capped.fetch(site.url("/groot"), siteScope());

        assertNull(result.error());
        assertTrue(result.truncated());
        assertEquals(10_000, result.body().length);
    }

    @Test
    void aDocumentHasItsOwnLargerLimitAndAPageKeepsThePageLimit() {
        byte[] large = new byte[200_000];
        site.respond("/jaarverslag.pdf", 200, "application/pdf", large);
        site.respond("/groot.html", 200, "text/html", large);
        Fetcher capped = new Fetcher(TIMEOUT, 10_000, 150_000, "ketenscan-test/1.0", HostPoliteness.unlimited(),
                Credentials.none());

        FetchResult pdf = capped.fetch(site.url("/jaarverslag.pdf"), siteScope());
        FetchResult page = capped.fetch(site.url("/groot.html"), siteScope());

        assertTrue(pdf.truncated());
        assertEquals(150_000, pdf.body().length);
        assertTrue(page.truncated());
        assertEquals(10_000, page.body().length);
    }

    @Test
    void aBodyOfExactlyTheLimitIsNotTruncated() {
        byte[] body = new byte[10_000];
        site.respond("/precies", 200, "application/octet-stream", body);

        FetchResult result = new Fetcher(TIMEOUT, 10_000, "ketenscan-test/1.0").fetch(site.url("/precies"), siteScope());

        assertFalse(result.truncated());
        assertArrayEquals(body, result.body());
    }

    @Test
    void invalidUtf8BecomesReplacementCharacters() {
        byte[] broken = {'<', 'p', '>', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '<', '/', 'p', '>'};
        site.respond("/kapot", 200, "text/html; charset=utf-8", broken);

        FetchResult result = fetcher.fetch(site.url("/kapot"), siteScope());

        assertEquals("<p>\uFFFD(\uFFFD</p>", result.text());
    }

    @Test
    void aRefusedConnectionIsAnErrorWithStatusZero() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/";

        FetchResult result = fetcher.fetch(url, Scope.origin(url));

        assertFailed(result, "could not connect to 127.0.0.1:" + closedPort);
        assertEquals(0, result.status());
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsAnError() {
        site.handle("/traag", exchange -> sleep(Duration.ofSeconds(30)));
        Fetcher impatient = new Fetcher(Duration.ofMillis(300), 1024, "ketenscan-test/1.0");

        FetchResult result = impatient.fetch(site.url("/traag"), siteScope());

        assertFailed(result, "within 300 ms");
        assertEquals(0, result.status());
    }

    @Test
    void theTimeoutAlsoCoversABodyThatStalls() {
        site.handle("/half", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 1000);
            OutputStream out = exchange.getResponseBody();
            out.write("<p>begin".getBytes(StandardCharsets.UTF_8));
            out.flush();
            sleep(Duration.ofSeconds(30));
        });
        Fetcher impatient = new Fetcher(Duration.ofMillis(300), 1024, "ketenscan-test/1.0");

        FetchResult result = impatient.fetch(site.url("/half"), siteScope());

        assertFailed(result, "no complete answer");
    }

    @Test
    void anAddressThatIsNotHttpIsAnErrorNotAnException() {
        assertFailed(fetcher.fetch("mailto:info@voorbeeld.nl", siteScope()), "not an http(s) address");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void credentialsGoToTheirOwnHostAndNotAlongARedirectToAnother() {
        try (FixtureServer other = FixtureServer.start("127.0.0.2")) {
            other.page("/elders", "<p>andere host</p>");
            site.redirect("/naar-elders", 302, other.url("/elders"));
            site.page("/intranet", "<p>binnen</p>");
            Credentials credentials = Credentials.parse("127.0.0.1 Authorization: Bearer geheim-7f3a9",
                    "127.0.0.1 SESSION=sessie-geheim", "test");
            Fetcher withLogin = new Fetcher(TIMEOUT, 64 * 1024, "ketenscan-test/1.0", HostPoliteness.unlimited(),
                    credentials);
            Scope both = Scope.of(new Organisation("Gemeente", Role.GEMEENTE, List.of(site.url("/")),
                    Set.of(other.hostAndPort()), List.of(), List.of()));

            FetchResult intranet = withLogin.fetch(site.url("/intranet"), both);
            FetchResult redirected = withLogin.fetch(site.url("/naar-elders"), both);

            assertEquals(200, intranet.status());
            assertEquals(200, redirected.status());
            assertEquals(other.url("/elders"), redirected.finalUrl());
            for (FixtureServer.Request request : site.requests()) {
                assertEquals("Bearer geheim-7f3a9", request.headers().getFirst("Authorization"));
                assertEquals("SESSION=sessie-geheim", request.headers().getFirst("Cookie"));
            }
            assertEquals(1, other.requests().size());
            assertNull(other.requests().get(0).headers().getFirst("Authorization"));
            assertNull(other.requests().get(0).headers().getFirst("Cookie"));
        }
    }

    @Test
    void aMetadataHostOutsideTheSeedsIsNeverRequested() {
        Scope scope = Scope.of(new Organisation("Gemeente", Role.GEMEENTE, List.of(site.url("/")),
                Set.of("169.254.169.254", "[fd00:ec2::254]"), List.of(), List.of()));

        FetchResult metadata = fetcher.fetch("http://169.254.169.254/latest/meta-data/", scope);
        FetchResult ipv6 = fetcher.fetch("http://[fd00:ec2::254]/latest/meta-data/", scope);

        assertFailed(metadata, "outside the organisation's scope");
        assertFailed(ipv6, "outside the organisation's scope");
    }

    @Test
    void robotsTxtIsAskedForOnceWhileItAnswers() {
        site.respond("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /intern/\n");

        FetchResult first = fetcher.robotsTxt(site.url("/robots.txt"));
        FetchResult again = fetcher.robotsTxt(site.url("/robots.txt"));

        assertEquals(200, again.status());
        assertArrayEquals(first.body(), again.body());
        assertEquals(1, site.requests("/robots.txt"), "the seed check's answer serves the scan's admission");
    }

    @Test
    void robotsTxtThatGotNoAnswerIsAskedForAgain() {
        AtomicBoolean answering = new AtomicBoolean();
        site.handle("/robots.txt", exchange -> {
            if (answering.get()) {
                FixtureServer.send(exchange, 200, "User-agent: *\nDisallow:\n".getBytes(StandardCharsets.UTF_8));
            } else {
                exchange.close();
            }
        });

        assertEquals(0, fetcher.robotsTxt(site.url("/robots.txt")).status(), "the connection closed unanswered");
        int unanswered = site.requests("/robots.txt");
        answering.set(true);
        assertEquals(200, fetcher.robotsTxt(site.url("/robots.txt")).status());
        assertEquals(200, fetcher.robotsTxt(site.url("/robots.txt")).status());
        assertEquals(unanswered + 1, site.requests("/robots.txt"), "asked again once, then remembered");
    }
}
