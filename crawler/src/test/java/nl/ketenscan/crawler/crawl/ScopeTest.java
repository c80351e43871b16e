package nl.ketenscan.crawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.ketenscan.rules.Organisation;
import nl.ketenscan.rules.Role;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private static Scope scope(List<String> seeds, Set<String> extraHosts, List<String> include, List<String> exclude) {
        return Scope.of(new Organisation("Gemeente Voorbeeld", Role.GEMEENTE, seeds, extraHosts,
                include.stream().map(Pattern::compile).toList(), exclude.stream().map(Pattern::compile).toList()));
    }

    private static Scope seeds(String... seeds) {
        return scope(List.of(seeds), Set.of(), List.of(), List.of());
    }

    @Test
    void coversTheHostsOfItsSeedsOnBothSchemes() {
        Scope scope = seeds("https://www.voorbeeld.nl/");
        assertTrue(scope.allows("https://www.voorbeeld.nl/afval"));
        assertTrue(scope.allows("http://www.voorbeeld.nl/afval"));
        assertTrue(scope.allows("https://WWW.Voorbeeld.NL/afval"));
        assertFalse(scope.allows("https://voorbeeld.nl/afval"));
        assertFalse(scope.allows("https://www.voorbeeld.nl.evil.example/"));
        assertFalse(scope.allows("https://www.voorbeeld.nl@evil.example/"));
        assertFalse(scope.allows("ftp://www.voorbeeld.nl/"));
        assertFalse(scope.allows("not a url"));
    }

    @Test
    void aSeedWithAnExplicitPortCoversThatPortOnly() {
        Scope first = seeds("http://127.0.0.1:8001/");
        assertTrue(first.allows("http://127.0.0.1:8001/contact"));
        assertFalse(first.allows("http://127.0.0.1:8002/contact"));
        assertFalse(first.allows("http://127.0.0.1/contact"));
    }

    @Test
    void aSeedWithoutPortDoesNotCoverOtherPortsOfItsHost() {
        Scope scope = seeds("https://www.voorbeeld.nl/");
        assertFalse(scope.allows("https://www.voorbeeld.nl:8443/"));
        assertFalse(scope.allows("http://www.voorbeeld.nl:8080/"));
    }

    @Test
    void extraHostsAreInScopeWithOrWithoutPort() {
        Scope scope = scope(List.of("https://www.voorbeeld.nl/"),
                Set.of("Formulieren.Voorbeeld.nl", "127.0.0.2:9000", "https://afspraken.voorbeeld.nl"),
                List.of(), List.of());
        assertTrue(scope.allows("https://formulieren.voorbeeld.nl/aanvraag"));
        assertTrue(scope.allows("http://127.0.0.2:9000/"));
        assertFalse(scope.allows("http://127.0.0.2:9001/"));
        assertTrue(scope.allows("https://afspraken.voorbeeld.nl/"));
        assertEquals("www.voorbeeld.nl, 127.0.0.2:9000, formulieren.voorbeeld.nl, afspraken.voorbeeld.nl",
                scope.describe());
    }

    @Test
    void includePatternsLimitAndExcludePatternsRemove() {
        Scope scope = scope(List.of("https://www.voorbeeld.nl/"), Set.of(),
                List.of("/loket/", "/nieuws/"), List.of("\\.pdf$", "[?&]print="));
        assertTrue(scope.allows("https://www.voorbeeld.nl/loket/paspoort"));
        assertTrue(scope.allows("https://www.voorbeeld.nl/nieuws/2024"));
        assertFalse(scope.allows("https://www.voorbeeld.nl/over-ons"));
        assertFalse(scope.allows("https://www.voorbeeld.nl/loket/folder.pdf"));
        assertFalse(scope.allows("https://www.voorbeeld.nl/loket/paspoort?print=1"));
    }

    @Test
    void metadataAndLinkLocalExtraHostsAreDropped() {
        Scope scope = scope(List.of("https://www.voorbeeld.nl/"),
                Set.of("169.254.169.254", "metadata.google.internal", "100.100.100.200", "[fe80::1]",
                        "[fd00::abcd]", "[::ffff:169.254.169.254]", "formulieren.voorbeeld.nl"),
                List.of(), List.of());
        assertFalse(scope.allows("http://169.254.169.254/latest/meta-data/"));
        assertFalse(scope.allows("http://metadata.google.internal/computeMetadata/v1/"));
        assertFalse(scope.allows("http://100.100.100.200/latest/meta-data/"));
        assertFalse(scope.allows("http://[fe80::1]/"));
        assertFalse(scope.allows("http://[fd00::abcd]/"));
        assertFalse(scope.allows("http://[::ffff:169.254.169.254]/"));
        assertTrue(scope.allows("https://formulieren.voorbeeld.nl/"));
        assertEquals("www.voorbeeld.nl, formulieren.voorbeeld.nl", scope.describe());
    }

    @Test
    void aSeedOnALinkLocalAddressIsStillScanned() {
        Scope scope = scope(List.of("http://169.254.10.20/"), Set.of("169.254.10.20", "169.254.10.21"),
                List.of(), List.of());
        assertTrue(scope.allows("http://169.254.10.20/intranet"));
        assertFalse(scope.allows("http://169.254.10.21/"));
    }

    @Test
    void anOriginScopeCoversOneSiteWithoutPatterns() {
        Scope scope = Scope.origin("http://127.0.0.1:8001/robots.txt");
        assertTrue(scope.allows("http://127.0.0.1:8001/anything"));
        assertFalse(scope.allows("http://127.0.0.1:8002/robots.txt"));
        assertEquals("127.0.0.1:8001", scope.describe());
    }

    @Test
    void anUnusableSeedOrExtraHostIsAConfigurationError() {
        IllegalArgumentException seed = assertThrows(IllegalArgumentException.class, () -> seeds("www.voorbeeld.nl"));
        assertTrue(seed.getMessage().contains("www.voorbeeld.nl"), seed.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> scope(List.of("https://www.voorbeeld.nl/"), Set.of("host with spaces"), List.of(), List.of()));
    }

    private static InetAddress address(String name, int... octets) throws UnknownHostException {
        byte[] bytes = new byte[octets.length];
        for (int i = 0; i < octets.length; i++) {
            bytes[i] = (byte) octets[i];
        }
        return InetAddress.getByAddress(name, bytes);
    }

    @Test
    void aHostNameResolvingToAMetadataAddressIsRefused() throws UnknownHostException {
        Scope scope = scope(List.of("https://www.voorbeeld.nl/"), Set.of("formulieren.voorbeeld.nl"), List.of(), List.of());
        InetAddress metadata = address("formulieren.voorbeeld.nl", 169, 254, 169, 254);
        InetAddress ordinary = address("formulieren.voorbeeld.nl", 93, 184, 216, 34);

        assertFalse(scope.mayConnect("formulieren.voorbeeld.nl", List.of(ordinary, metadata)), "one bad address is enough");
        assertTrue(scope.mayConnect("formulieren.voorbeeld.nl", List.of(ordinary)));
        assertFalse(scope.mayConnect("formulieren.voorbeeld.nl", List.of(address("x", 100, 100, 100, 200))));
        assertFalse(scope.mayConnect("formulieren.voorbeeld.nl",
                List.of(address("x", 0xfd, 0, 0x0e, 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0x54))), "AWS fd00:ec2::254");
        assertFalse(scope.mayConnect("formulieren.voorbeeld.nl",
                List.of(address("x", 0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))), "IPv6 link-local");
        assertTrue(scope.mayConnect("formulieren.voorbeeld.nl", List.of(address("x", 127, 0, 0, 1))));
    }

    @Test
    void aSeedOnAMetadataAddressIsWhatTheUserAskedFor() throws UnknownHostException {
        Scope literal = seeds("http://169.254.169.254/");
        Scope named = seeds("http://intranet.voorbeeld.nl/");

        assertTrue(literal.mayConnect("169.254.169.254", List.of(address("169.254.169.254", 169, 254, 169, 254))));
        assertTrue(named.mayConnect("intranet.voorbeeld.nl", List.of(address("intranet.voorbeeld.nl", 169, 254, 0, 7))));
        assertFalse(Scope.origin("http://intranet.voorbeeld.nl/robots.txt")
                .mayConnect("intranet.voorbeeld.nl", List.of(address("intranet.voorbeeld.nl", 169, 254, 0, 7))),
                "a site-level request such as robots.txt has no seed to vouch for it");
    }

    @Test
    void refusesAMetadataHostByAddressByNameAndByWhatDnsAnswersForAnyUrlInOrOutOfTheScope() {
        Scope scope = seeds("https://www.voorbeeld.nl/", "http://169.254.170.2/");
        HostAddresses dns = host -> host.equals("cdn.voorbeeld.nl")
                ? List.of(address(host, 169, 254, 169, 254))
                : List.of(address(host, 93, 184, 216, 34));

        assertTrue(scope.refusedHost("http://169.254.169.254/latest/meta-data/", dns).orElseThrow()
                .startsWith("169.254.169.254 is a cloud-metadata or link-local address"));
        assertTrue(scope.refusedHost("http://metadata.google.internal/", dns).isPresent());
        assertTrue(scope.refusedHost("http://[fe80::1]/", dns).isPresent());
        assertEquals("cdn.voorbeeld.nl resolves to [169.254.169.254], a cloud-metadata or link-local address, which"
                + " ketenscan never requests unless a seed is on that host",
                scope.refusedHost("https://cdn.voorbeeld.nl/logo.png", dns).orElseThrow());
        assertTrue(scope.refusedHost("https://www.example.com/", dns).isEmpty(), "out of the scope, but no never-address");
        assertTrue(scope.refusedHost("http://169.254.170.2/", dns).isEmpty(), "a seed is the user's choice");
        assertTrue(scope.refusedHost("http://onbekend.example/", host -> {
            throw new UnknownHostException(host);
        }).isEmpty(), "a name that does not resolve fails by itself");
        assertTrue(Scope.nothing().refusedHost("http://169.254.170.2/", dns).isPresent());
    }

    @Test
    void ownsEveryAddressOnItsHostsWhateverTheIncludeAndExcludePatternsSay() {
        Scope scope = scope(List.of("http://127.0.0.1:8001/"), Set.of("formulieren.voorbeeld.nl"),
                List.of("/zorg/"), List.of("/intern/"));
        assertTrue(scope.owns("http://127.0.0.1:8001/intern/kaart"));
        assertFalse(scope.allows("http://127.0.0.1:8001/intern/kaart"));
        assertTrue(scope.owns("https://formulieren.voorbeeld.nl/widget"));
        assertFalse(scope.owns("http://127.0.0.1:8002/"), "another port of the host is another site");
        assertFalse(scope.owns("https://www.youtube-nocookie.com/embed/abc"));
        assertFalse(scope.owns("about:blank"));
    }
}
