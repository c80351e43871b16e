package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.ketenscan.crawler.crawl.Credentials;
import nl.ketenscan.crawler.crawl.FixtureServer;
import nl.ketenscan.crawler.crawl.HostAddresses;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.rules.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * In-scope pages that try to take Chromium elsewhere: by a script, a meta refresh, a form they submit
 * themselves, to another host or another port, and to a cloud's metadata address. Beside the site run
 * servers that record every request they get: another host (127.0.0.2), another port of the site's
 * host, and a stand-in for the metadata address on 127.0.0.3, which the browser's resolver is told
 * leads to 169.254.169.254 (the address itself cannot be served on loopback). None of them may get a
 * request the scope forbids, and a page that tried is recorded with that note, never with what the
 * other server would have shown.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class HostilePagesWithChromiumTest {

    private static final Duration BUDGET = Duration.ofSeconds(20);
    private static final String STAND_IN = "127.0.0.3";
    /** The system's resolver, except that the stand-in's address leads to the metadata address. */
    private static final HostAddresses STAND_IN_IS_METADATA = host -> host.equals(STAND_IN)
            ? List.of(InetAddress.getByAddress(host, new byte[] {(byte) 169, (byte) 254, (byte) 169, (byte) 254}))
            : HostAddresses.DNS.of(host);

    private static FixtureServer site;
    private static FixtureServer otherHost;
    private static FixtureServer otherPort;
    private static FixtureServer metadata;
    private static ChromiumInstance browser;
    private static AxeRunner axe;
    private static PageCheck pageCheck;

    @BeforeAll
    static void start() {
        site = FixtureServer.start("127.0.0.1");
        otherHost = FixtureServer.start("127.0.0.2");
        otherPort = FixtureServer.start("127.0.0.1");
        metadata = FixtureServer.start(STAND_IN);
        otherHost.page("/geheim.html", "<title>Andermans pagina</title><p>SECRET-OTHER</p>");
        otherHost.respond("/logo.png", 200, "image/png", new byte[0]);
        otherHost.page("/video.html", "<title>Video</title><p>Een video</p>");
        otherPort.page("/beheer.html", "<title>Beheer</title><p>SECRET-PORT</p>");
        metadata.respond("/latest/meta-data/", 200, "text/plain", "AKIA-SECRET-KEY");
        browser = ChromiumInstance.launch(BrowserSettings.local(BUDGET), Credentials.none(), STAND_IN_IS_METADATA);
        axe = new AxeRunner(AxeScript.injected());
        axe.register(browser.driver());
        pageCheck = new PageCheck(axe, BUDGET);
    }

    @AfterAll
    static void stop() {
        browser.close();
        List.of(site, otherHost, otherPort, metadata).forEach(FixtureServer::close);
    }

    private static RenderedPage check(String path, String html) {
        site.page(path, "<!doctype html><html lang=\"nl\"><head><title>Lindeveen</title>" + html);
        return pageCheck.check(browser, site.url(path), Scope.origin(site.origin()));
    }

    private static void assertNotFollowed(RenderedPage page, String target) {
        assertEquals(Message.of("note.browser.left-scope", target), page.error().get(0));
        assertNull(page.html(), "nothing of the page is kept: the window may show the error page by now");
        assertEquals(List.of(), page.findings());
    }

    @Test
    void aScriptSendingTheWindowToAnotherHostIsNotFollowed() {
        int before = otherHost.requests("/geheim.html");

        RenderedPage page = check("/script.html", "<script>location.href = '" + otherHost.url("/geheim.html")
                + "';</script></head><body><p>Even geduld</p></body></html>");

        assertNotFollowed(page, otherHost.url("/geheim.html"));
        assertEquals(before, otherHost.requests("/geheim.html"), "the other host got no request");
    }

    @Test
    void aMetaRefreshToAnotherPortIsNotFollowed() {
        RenderedPage page = check("/verversen.html", "<meta http-equiv=\"refresh\" content=\"0; url="
                + otherPort.url("/beheer.html") + "\"></head><body><p>Even geduld</p></body></html>");

        assertNotFollowed(page, otherPort.url("/beheer.html"));
        assertEquals(0, otherPort.requests("/beheer.html"), "the other port got no request");
    }

    @Test
    void aFormThePageSubmitsItselfIsNotSentInTheScopeOrOutOfIt() {
        RenderedPage own = check("/formulier.html", "</head><body><form id=\"f\" method=\"post\" action=\""
                + site.url("/verwerk") + "\"><input name=\"bsn\" value=\"1\"></form>"
                + "<script>document.getElementById('f').submit();</script></body></html>");
        RenderedPage foreign = check("/formulier-elders.html", "</head><body><form id=\"f\" method=\"post\" action=\""
                + otherHost.url("/verzamel") + "\"><input name=\"bsn\" value=\"1\"></form>"
                + "<script>document.getElementById('f').submit();</script></body></html>");

        assertEquals(Message.of("note.browser.form-not-sent", "POST", site.url("/verwerk")), own.error().get(0));
        assertNull(own.html());
        assertEquals("note.browser.form-not-sent", foreign.error().get(0).key());
        assertTrue(foreign.error().get(0).args().get(1).toString().startsWith(otherHost.url("/verzamel")), foreign.error().toString());
        assertEquals(0, site.requests("/verwerk"));
        assertEquals(0, otherHost.requests("/verzamel"));
        assertTrue(site.requests().stream().noneMatch(request -> request.method().equals("POST")), "no POST at all");
    }

    @Test
    void theMetadataAddressIsRefusedBeforeAnyConnection() {
        RenderedPage page = check("/metadata.html", "<script>location.href = 'http://169.254.169.254/latest/meta-data/';"
                + "</script></head><body><p>Even geduld</p></body></html>");

        Message refused = page.error().get(0);
        assertEquals("note.browser.left-scope-host", refused.key());
        assertEquals("http://169.254.169.254/latest/meta-data/", refused.args().get(0));
        assertTrue(refused.args().get(1).toString().startsWith("169.254.169.254 is a cloud-metadata or link-local address"),
                refused.toString());
        assertNull(page.html());
    }

    @Test
    void noRequestOfAPageReachesAHostThatResolvesToTheMetadataAddressSubresourcesIncluded() {
        String keys = "http://" + STAND_IN + ":" + metadata.url("/").replaceAll(".*:(\\d+)/.*", "$1") + "/latest/meta-data/";
        RenderedPage subresources = check("/ingesloten.html", "</head><body><main><h1>Afval</h1>"
                + "<img src=\"" + keys + "logo.png\" alt=\"\"><iframe title=\"sleutels\" src=\"" + keys + "\"></iframe>"
                + "<script>fetch('" + keys + "').catch(function () {});</script></main></body></html>");
        RenderedPage navigation = check("/naar-sleutels.html", "<script>location.href = '" + keys + "';</script>"
                + "</head><body><p>Even geduld</p></body></html>");

        assertEquals(List.of(), metadata.requests(), "the stand-in for the metadata address got nothing");
        assertNull(subresources.error(), "the page itself is checked; only its requests there failed");
        assertTrue(subresources.html().contains("<h1>Afval</h1>"));
        Message refused = navigation.error().get(0);
        assertEquals("note.browser.left-scope-host", refused.key());
        assertEquals(keys, refused.args().get(0));
        assertTrue(refused.args().get(1).toString().startsWith(STAND_IN + " resolves to [169.254.169.254]"), refused.toString());
    }

    @Test
    void framesAndImagesOfOtherHostsStillLoad() {
        int images = otherHost.requests("/logo.png");
        int frames = otherHost.requests("/video.html");

        RenderedPage page = check("/met-video.html", "</head><body><main><h1>Uitleg</h1>"
                + "<img src=\"" + otherHost.url("/logo.png") + "\" alt=\"Logo\">"
                + "<iframe title=\"Video\" src=\"" + otherHost.url("/video.html") + "\"></iframe></main></body></html>");

        assertNull(page.error());
        assertEquals(site.url("/met-video.html"), page.finalUrl());
        assertEquals(images + 1, otherHost.requests("/logo.png"));
        assertEquals(frames + 1, otherHost.requests("/video.html"));
    }
}
