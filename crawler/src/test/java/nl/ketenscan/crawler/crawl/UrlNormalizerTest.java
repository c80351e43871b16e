package nl.ketenscan.crawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {

    private static final String BASE = "http://a/b/c/d;p?q";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "EMPTY", textBlock = """
            HTTPS://WWW.Example.NL/Pad/Is/Niet/Gewijzigd  | https://www.example.nl/Pad/Is/Niet/Gewijzigd
            http://example.nl                             | http://example.nl/
            https://example.nl?x=1                        | https://example.nl/?x=1
            http://example.nl:80/a                        | http://example.nl/a
            https://example.nl:443/a                      | https://example.nl/a
            http://example.nl:443/a                       | http://example.nl:443/a
            https://example.nl:8443/a                     | https://example.nl:8443/a
            http://127.0.0.1:8001                         | http://127.0.0.1:8001/
            http://example.nl:/a                          | http://example.nl/a
            http://example.nl/a#section                   | http://example.nl/a
            http://example.nl/a?b=C&d=%2F#top             | http://example.nl/a?b=C&d=%2F
            http://example.nl/a/./b/../c                  | http://example.nl/a/c
            http://example.nl/../../a                     | http://example.nl/a
            http://example.nl/a b/é?q=x y                 | http://example.nl/a%20b/%C3%A9?q=x%20y
            http://example.nl/100%/a%2fb                  | http://example.nl/100%25/a%2fb
            '  http://example.nl/a  '                     | http://example.nl/a
            http://[::1]:8080/a                           | http://[::1]:8080/a
            http://bücher.example/                        | http://xn--bcher-kva.example/
            http://user:pw@example.nl/                    | http://user:pw@example.nl/
            javascript:alert(1)                           | EMPTY
            mailto:info@example.nl                        | EMPTY
            tel:+31201234567                              | EMPTY
            file:///etc/passwd                            | EMPTY
            data:text/html,hi                             | EMPTY
            ftp://example.nl/a                            | EMPTY
            http://                                       | EMPTY
            http:example.nl                               | EMPTY
            http://exa mple.nl/                           | EMPTY
            http://example.nl:99999/                      | EMPTY
            http://example.nl:0/                          | EMPTY
            http://example.nl:8o/                         | EMPTY
            http://[::1/                                  | EMPTY
            /relative/without/base                        | EMPTY
            """)
    void normalisesAbsoluteUrls(String url, String expected) {
        assertEquals(Optional.ofNullable(expected), UrlNormalizer.normalise(url));
    }

    /** The normal and abnormal examples of RFC 3986 §5.4, plus the cases browsers add. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "EMPTY", textBlock = """
            g:h           | EMPTY
            g             | http://a/b/c/g
            ./g           | http://a/b/c/g
            g/            | http://a/b/c/g/
            /g            | http://a/g
            //g           | http://g/
            ?y            | http://a/b/c/d;p?y
            g?y           | http://a/b/c/g?y
            #s            | http://a/b/c/d;p?q
            g#s           | http://a/b/c/g
            ;x            | http://a/b/c/;x
            ''            | http://a/b/c/d;p?q
            .             | http://a/b/c/
            ./            | http://a/b/c/
            ..            | http://a/b/
            ../g          | http://a/b/g
            ../..         | http://a/
            ../../g       | http://a/g
            ../../../g    | http://a/g
            ../../../../g | http://a/g
            /./g          | http://a/g
            /../g         | http://a/g
            g.            | http://a/b/c/g.
            .g            | http://a/b/c/.g
            ..g           | http://a/b/c/..g
            ./../g        | http://a/b/g
            g/./h         | http://a/b/c/g/h
            g/../h        | http://a/b/c/h
            g;x=1/../y    | http://a/b/c/y
            \\g\\h        | http://a/g/h
            mailto:x@a    | EMPTY
            javascript:;  | EMPTY
            https://B/x   | https://b/x
            """)
    void resolvesReferencesAgainstABase(String href, String expected) {
        assertEquals(Optional.ofNullable(expected), UrlNormalizer.normalise(href, BASE));
    }

    @Test
    void resolvesAgainstABaseWithoutPath() {
        assertEquals(Optional.of("http://example.nl/a"), UrlNormalizer.normalise("a", "http://example.nl"));
        assertEquals(Optional.of("http://example.nl/?page=2"), UrlNormalizer.normalise("?page=2", "http://example.nl"));
    }

    @Test
    void dropsTabsAndNewlinesInsideAReferenceAsBrowsersDo() {
        assertEquals(Optional.of("https://example.nl/xyz"), UrlNormalizer.normalise(" /x\tyz\n", "https://example.nl/p"));
    }

    @Test
    void aRelativeReferenceNeedsAUsableBase() {
        assertEquals(Optional.empty(), UrlNormalizer.normalise("a", "not a base"));
        assertEquals(Optional.empty(), UrlNormalizer.normalise("a", "mailto:x@example.nl"));
        assertEquals(Optional.empty(), UrlNormalizer.normalise("a", null));
        assertEquals(Optional.of("https://example.nl/a"), UrlNormalizer.normalise("https://example.nl/a", null));
    }

    @Test
    void nothingIsNoUrl() {
        assertEquals(Optional.empty(), UrlNormalizer.normalise(null));
        assertEquals(Optional.empty(), UrlNormalizer.normalise(null, "http://example.nl/"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://www.lindeveen.nl/afval;jsessionid=0A1B2C3D4E5F|https://www.lindeveen.nl/afval",
            "https://www.lindeveen.nl/afval;JSESSIONID=0A1B/wijk|https://www.lindeveen.nl/afval/wijk",
            "https://www.lindeveen.nl/zoek?PHPSESSID=abc&q=afval|https://www.lindeveen.nl/zoek?q=afval",
            "https://www.lindeveen.nl/zoek?q=afval&ASPSESSIONIDQQGGAKRB=ABCDEF|https://www.lindeveen.nl/zoek?q=afval",
            "https://www.lindeveen.nl/zoek?sid=9f8e7d6c5b4a39281706f5e4d3c2b1a0|https://www.lindeveen.nl/zoek",
            "https://www.lindeveen.nl/zoek?sid=12|https://www.lindeveen.nl/zoek?sid=12",
            "https://www.lindeveen.nl/zoek?sessionid=kort&q=1|https://www.lindeveen.nl/zoek?sessionid=kort&q=1",
    })
    void sessionIdsAreNoPartOfAPagesAddress(String written, String normalised) {
        assertEquals(Optional.of(normalised), UrlNormalizer.normalise(written));
    }
}
