package nl.ketenscan.crawler.crawl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a response body to text, choosing the encoding in the order of the WHATWG encoding sniffing
 * algorithm (simplified): byte order mark, Content-Type charset, {@code <meta>} in the first 1024
 * bytes, UTF-8. Many Dutch sites still declare ISO-8859-1 and use Windows-1252 characters such as €,
 * so labels are read as browsers read them.
 */
final class BodyText {

    private static final int META_SNIFF_BYTES = 1024;
    private static final Pattern CONTENT_TYPE_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([^\"';\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([a-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    /** WHATWG maps these labels to windows-1252, and browsers decode such pages that way. */
    private static final Map<String, Charset> BROWSER_LABELS = Map.of(
            "iso-8859-1", Charset.forName("windows-1252"),
            "latin1", Charset.forName("windows-1252"),
            "us-ascii", Charset.forName("windows-1252"),
            "ascii", Charset.forName("windows-1252"));

    private BodyText() {
    }

    /** The encoding {@link #decode} reads the body in. */
    static Charset charset(byte[] body, String contentType) {
        return byteOrderMark(body)
                .or(() -> contentTypeCharset(contentType))
                .or(() -> metaCharset(body))
                .orElse(StandardCharsets.UTF_8);
    }

    static String decode(byte[] body, String contentType) {
        Optional<Charset> fromBom = byteOrderMark(body);
        if (fromBom.isPresent()) {
            int bomLength = fromBom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
            return decode(ByteBuffer.wrap(body, bomLength, body.length - bomLength), fromBom.get());
        }
        Charset charset = contentTypeCharset(contentType).or(() -> metaCharset(body)).orElse(StandardCharsets.UTF_8);
        return decode(ByteBuffer.wrap(body), charset);
    }

    private static String decode(ByteBuffer bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported a coding error", e);
        }
    }

    private static Optional<Charset> byteOrderMark(byte[] body) {
        if (body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xFE && (body[1] & 0xff) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (body.length >= 2 && (body[0] & 0xff) == 0xFF && (body[1] & 0xff) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static Optional<Charset> contentTypeCharset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher matcher = CONTENT_TYPE_CHARSET.matcher(contentType);
        return matcher.find() ? charsetFor(matcher.group(1)) : Optional.empty();
    }

    /** A meta declaration can only name an ASCII-compatible encoding; UTF-16 there means UTF-8. */
    private static Optional<Charset> metaCharset(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(start);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return charsetFor(matcher.group(1))
                .map(charset -> charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset);
    }

    private static Optional<Charset> charsetFor(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (BROWSER_LABELS.containsKey(name)) {
            return Optional.of(BROWSER_LABELS.get(name));
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
