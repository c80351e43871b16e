package nl.ketenscan.crawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.ketenscan.rules.Message;
import org.junit.jupiter.api.Test;

class HtmlBodyCheckTest {

    private static FetchResult html(String contentType, byte[] body) {
        return new FetchResult("https://www.lindeveen.nl/", "https://www.lindeveen.nl/", 200, contentType, body, false, null);
    }

    private static FetchResult html(byte[] body) {
        return html("text/html; charset=utf-8", body);
    }

    @Test
    void knownBinaryFormatsAreNamed() {
        assertEquals(Optional.of("a PDF document"),
                HtmlBodyCheck.binary(html("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))));
        assertEquals(Optional.of("a PNG image"),
                HtmlBodyCheck.binary(html(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10})));
    }

    /** Stopped, not unpacked, whatever the server's Content-Encoding said: the message claims nothing about it. */
    @Test
    void gzipDataIsNamedWithoutClaimingTheContentEncodingWasMissing() {
        String said = HtmlBodyCheck.binary(html(new byte[] {0x1f, (byte) 0x8b, 8, 0})).orElseThrow();

        assertEquals("gzip-compressed data; ketenscan did not ask for compression and does not unpack it; the server"
                + " should send the page uncompressed to a client that sends no Accept-Encoding", said);
        assertFalse(said.contains("without Content-Encoding"), said);
    }

    @Test
    void nulBytesMeanBinaryData() {
        byte[] body = "<html>\0\0\0\1\2".getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(Optional.of("binary data"), HtmlBodyCheck.binary(html(body)));
    }

    @Test
    void utf16TextIsNotBinary() {
        byte[] withBom = "\uFEFF<p>Welkom</p>".getBytes(StandardCharsets.UTF_16BE);
        byte[] declared = "<p>Welkom</p>".getBytes(StandardCharsets.UTF_16LE);

        assertEquals(Optional.empty(), HtmlBodyCheck.binary(html(withBom)));
        assertEquals(Optional.empty(), HtmlBodyCheck.binary(html("text/html; charset=utf-16le", declared)));
    }

    @Test
    void ordinaryHtmlIsFine() {
        byte[] body = "<!doctype html><title>Café</title><p>€ 12,50</p>".getBytes(StandardCharsets.UTF_8);

        assertEquals(Optional.empty(), HtmlBodyCheck.binary(html(body)));
        assertEquals(Optional.empty(), HtmlBodyCheck.invalidEncoding(html(body)));
    }

    @Test
    void latin1BytesInAUtf8PageAreAnInvalidEncoding() {
        byte[] body = "<p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(Optional.of(Message.of("page-error.invalid-encoding", "UTF-8", 6)),
                HtmlBodyCheck.invalidEncoding(html(body)));
    }

    @Test
    void windows1252PagesDecodeAsBrowsersDo() {
        byte[] body = "<p>\u20ac 5</p>".getBytes(java.nio.charset.Charset.forName("windows-1252"));

        assertEquals(Optional.empty(), HtmlBodyCheck.invalidEncoding(html("text/html; charset=iso-8859-1", body)));
    }
}
