package nl.ketenscan.crawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FetchResultTest {

    private static FetchResult answer(String contentType, byte[] body) {
        return new FetchResult("http://example.nl/", "http://example.nl/", 200, contentType, body, false, null);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void recognisesHtmlByItsMediaType() {
        assertTrue(answer("text/html", null).isHtml());
        assertTrue(answer("Text/HTML; charset=UTF-8", null).isHtml());
        assertTrue(answer("application/xhtml+xml", null).isHtml());
        assertFalse(answer("application/pdf", null).isHtml());
        assertFalse(answer("text/html-sandboxed", null).isHtml());
        assertFalse(answer(null, null).isHtml());
    }

    @Test
    void decodesWithTheCharsetOfTheContentType() {
        assertEquals("café", answer("text/html; charset=\"ISO-8859-15\"", latin1("café")).text());
    }

    @Test
    void readsIso88591AsWindows1252LikeBrowsers() {
        byte[] euro = {'1', '0', ' ', (byte) 0x80};
        assertEquals("10 €", answer("text/html; charset=iso-8859-1", euro).text());
    }

    @Test
    void fallsBackToTheMetaCharsetOfThePage() {
        byte[] page = latin1("<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title>");
        assertTrue(answer("text/html", page).text().contains("<title>Café</title>"));

        byte[] oldStyle = latin1("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">\u00e9");
        assertTrue(answer(null, oldStyle).text().endsWith("é"));
    }

    @Test
    void theContentTypeWinsOverTheMetaCharset() {
        byte[] page = "<meta charset=\"windows-1252\">é".getBytes(StandardCharsets.UTF_8);
        assertTrue(answer("text/html; charset=utf-8", page).text().endsWith(">é"));
    }

    @Test
    void aByteOrderMarkWinsAndIsNotPartOfTheText() {
        byte[] utf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', (byte) 0xC3, (byte) 0xA9};
        assertEquals("hé", answer("text/html; charset=iso-8859-1", utf8).text());
    }

    @Test
    void anUnknownCharsetFallsBackToUtf8() {
        byte[] body = "é".getBytes(StandardCharsets.UTF_8);
        assertEquals("é", answer("text/html; charset=no-such-charset", body).text());
        assertEquals("é", answer("text/html; charset=\"\"", body).text());
    }

    @Test
    void aMissingBodyIsEmpty() {
        assertEquals("", answer("text/html", null).text());
    }
}
