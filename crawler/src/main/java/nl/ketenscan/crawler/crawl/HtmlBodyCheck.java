package nl.ketenscan.crawler.crawl;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Optional;
import nl.ketenscan.rules.Message;

/**
 * What is wrong with a body a server called HTML, before anything renders it: binary data (a PDF,
 * an image, a gzip file sent without its Content-Encoding) must not be fed to a browser as a page,
 * and bytes that are not valid in the page's encoding show up as replacement characters for
 * visitors, which the report should say.
 */
public final class HtmlBodyCheck {

    private static final int SNIFF_BYTES = 1024;

    private static final String REAL_TYPE = "the server should send its real Content-Type";

    /** Magic numbers of formats servers mislabel as HTML, what to call them in a message, and what to do. */
    private record Signature(byte[] start, String name, String advice) {
    }

    private static final List<Signature> SIGNATURES = List.of(
            signature("a PDF document", '%', 'P', 'D', 'F', '-'),
            signature("a zip file (or an office document)", 'P', 'K', 3, 4),
            signature("a PNG image", 0x89, 'P', 'N', 'G'),
            signature("a JPEG image", 0xFF, 0xD8, 0xFF),
            signature("a GIF image", 'G', 'I', 'F', '8'),
            // whether or not the server said Content-Encoding: gzip, ketenscan asked for no compression and never
            // unpacks: a few kilobytes can unpack to gigabytes (a gzip bomb)
            new Signature(new byte[] {0x1F, (byte) 0x8B}, "gzip-compressed data", "ketenscan did not ask for"
                    + " compression and does not unpack it; the server should send the page uncompressed to a client"
                    + " that sends no Accept-Encoding"),
            signature("an old office document", 0xD0, 0xCF, 0x11, 0xE0),
            signature("a RIFF file (WebP image, audio or video)", 'R', 'I', 'F', 'F'));

    private HtmlBodyCheck() {
    }

    /**
     * What the body really is, when it is binary, with what the server should do: a known format by its
     * first bytes, or "binary data" when its start holds NUL bytes (text in UTF-16, announced by a byte
     * order mark or the Content-Type, is not binary).
     */
    public static Optional<String> binary(FetchResult fetched) {
        byte[] body = fetched.body();
        for (Signature signature : SIGNATURES) {
            if (startsWith(body, signature.start())) {
                // the page error's own sentence already asks for the real Content-Type
                return Optional.of(signature.advice().equals(REAL_TYPE)
                        ? signature.name() : signature.name() + "; " + signature.advice());
            }
        }
        if (BodyText.charset(body, fetched.contentType()).name().startsWith("UTF-16")) {
            return Optional.empty();
        }
        for (int i = 0; i < Math.min(body.length, SNIFF_BYTES); i++) {
            if (body[i] == 0) {
                return Optional.of("binary data");
            }
        }
        return Optional.empty();
    }

    /**
     * Why the body is not valid text in the encoding a browser would read it in, naming the first
     * bad byte; empty when it decodes cleanly.
     */
    public static Optional<Message> invalidEncoding(FetchResult fetched) {
        byte[] body = fetched.body();
        Charset charset = BodyText.charset(body, fetched.contentType());
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                // browsers map windows-1252's five unassigned bytes to controls; only malformed input is wrong
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return Optional.of(Message.of("page-error.invalid-encoding", charset.name(), in.position()));
            }
            if (result.isUnderflow()) {
                return Optional.empty();
            }
            out.clear();
        }
    }

    private static Signature signature(String name, int... start) {
        byte[] bytes = new byte[start.length];
        for (int i = 0; i < start.length; i++) {
            bytes[i] = (byte) start[i];
        }
        return new Signature(bytes, name, REAL_TYPE);
    }

    private static boolean startsWith(byte[] body, byte[] start) {
        if (body.length < start.length) {
            return false;
        }
        for (int i = 0; i < start.length; i++) {
            if (body[i] != start[i]) {
                return false;
            }
        }
        return true;
    }
}
