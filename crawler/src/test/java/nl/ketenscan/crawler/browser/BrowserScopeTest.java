package nl.ketenscan.crawler.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.ketenscan.crawler.crawl.HostAddresses;
import nl.ketenscan.crawler.crawl.Scope;
import nl.ketenscan.rules.Message;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.Role;
import org.junit.jupiter.api.Test;

class BrowserScopeTest {

    private static final Scope GEMEENTE = Scope.of(new Organisation("Gemeente Lindeveen", Role.GEMEENTE,
            List.of("https://www.lindeveen.nl/"), Set.of("formulieren.lindeveen.nl"), List.of(),
            List.of(Pattern.compile("/intern/"))));

    /** DNS as a cloud machine may answer it: one name of the site's leads to the metadata address. */
    private static final HostAddresses CLOUD_DNS = host -> switch (host) {
        case "cdn.lindeveen.nl" -> List.of(InetAddress.getByAddress(host, new byte[] {(byte) 169, (byte) 254, (byte) 169, (byte) 254}));
        case "onbekend.example" -> throw new UnknownHostException(host);
        default -> List.of(InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 215, 14}));
    };

    private static BrowserScope.Verdict window(String method, String url) {
        return BrowserScope.judge(new BrowserScope.Request(url, method, true, true), GEMEENTE, CLOUD_DNS);
    }

    private static BrowserScope.Verdict frame(String url) {
        return BrowserScope.judge(new BrowserScope.Request(url, "GET", true, false), GEMEENTE, CLOUD_DNS);
    }

    private static BrowserScope.Verdict subresource(String url) {
        return BrowserScope.judge(new BrowserScope.Request(url, "GET", false, false), GEMEENTE, CLOUD_DNS);
    }

    @Test
    void theWindowNavigatesWithinTheScopeOnly() {
        assertTrue(window("GET", "https://www.lindeveen.nl/afval").allowed());
        assertTrue(window("GET", "https://formulieren.lindeveen.nl/melding").allowed());
        assertEquals(Message.of("note.browser.left-scope", "https://www.example.com/"),
                window("GET", "https://www.example.com/").note());
        assertFalse(window("GET", "https://www.lindeveen.nl:8443/").allowed(), "another port is another site");
        assertFalse(window("GET", "https://www.lindeveen.nl/intern/lonen").allowed(), "an excluded path");
        assertFalse(BrowserScope.judge(new BrowserScope.Request("https://www.lindeveen.nl/", "GET", true, true),
                Scope.nothing(), CLOUD_DNS).allowed(), "between pages the window goes nowhere");
    }

    @Test
    void noNavigationSendsAForm() {
        assertEquals(Message.of("note.browser.form-not-sent", "POST", "https://www.lindeveen.nl/zoeken"),
                window("POST", "https://www.lindeveen.nl/zoeken").note());
        assertFalse(BrowserScope.judge(new BrowserScope.Request("https://www.youtube.com/embed/x", "POST", true, false),
                GEMEENTE, CLOUD_DNS).allowed(), "not in a frame either");
        assertTrue(window("HEAD", "https://www.lindeveen.nl/").allowed());
        assertTrue(BrowserScope.judge(new BrowserScope.Request("https://www.lindeveen.nl/api/zoek", "POST", false, false),
                GEMEENTE, CLOUD_DNS).allowed(), "a script's own request is no navigation: the page as users see it");
    }

    @Test
    void framesAndSubresourcesOfOtherHostsLoadAsUsersSeeThem() {
        assertTrue(frame("https://www.youtube.com/embed/x").allowed());
        assertTrue(subresource("https://fonts.example.net/font.woff2").allowed());
        assertTrue(subresource("https://onbekend.example/x.js").allowed(), "a name that does not resolve fails by itself");
    }

    @Test
    void nothingGoesToAMetadataAddressByAddressByNameOrByWhatDnsAnswers() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/",
                "http://[fe80::1]/", "http://100.100.100.200/", "https://cdn.lindeveen.nl/logo.png",
                "ws://169.254.169.254/")) {
            assertFalse(subresource(url).allowed(), url);
            assertFalse(frame(url).allowed(), url);
            assertFalse(window("GET", url).allowed(), url);
        }
        Message note = window("GET", "http://169.254.169.254/latest/meta-data/").note();
        assertEquals("note.browser.left-scope-host", note.key());
        assertEquals("http://169.254.169.254/latest/meta-data/", note.args().get(0));
    }

    @Test
    void aSeedOnAMetadataHostIsTheUsersOwnChoice() {
        Scope seeded = Scope.of(Organisation.of("Eigen", Role.GEMEENTE, List.of("https://cdn.lindeveen.nl/")));

        assertTrue(BrowserScope.judge(new BrowserScope.Request("https://cdn.lindeveen.nl/", "GET", true, true),
                seeded, CLOUD_DNS).allowed());
    }

    @Test
    void anExcludedAddressOfTheOrganisationIsNeverRequestedNotEvenAsAnImage() {
        assertFalse(subresource("https://www.lindeveen.nl/intern/uitloggen.gif").allowed(), "an image");
        assertFalse(frame("https://www.lindeveen.nl/intern/").allowed(), "a frame");
        assertTrue(subresource("https://cdn.example.com/intern/logo.png").allowed(), "another host's path is not excluded");
    }

    @Test
    void aLoginWindowMaySendItsFormInsideTheScopeOnly() {
        BrowserScope.Request post = new BrowserScope.Request("https://www.lindeveen.nl/inloggen", "POST", true, true);
        assertTrue(BrowserScope.judge(post, GEMEENTE, CLOUD_DNS, true).allowed());
        assertFalse(BrowserScope.judge(post, GEMEENTE, CLOUD_DNS, false).allowed(), "a page being checked never");
        assertFalse(BrowserScope.judge(new BrowserScope.Request("https://www.example.com/inloggen", "POST", true, true),
                GEMEENTE, CLOUD_DNS, true).allowed(), "not outside the scope");
    }
}
