package nl.ketenscan.rules.exemption;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when a PDF was created from its metadata, without a PDF library: the {@code /CreationDate}
 * of the document information dictionary, else the XMP {@code xmp:CreateDate}.
 *
 * <p>Only the first and last 64 KB are searched, where writers put the XMP packet and the
 * information dictionary (at the end, beside the trailer). An information dictionary inside a
 * compressed object stream is not readable this way; the XMP packet, which is left uncompressed so
 * that tools can find it, usually is. When neither is found the date is unknown.
 */
final class PdfDates {

    private static final int WINDOW = 64 * 1024;
    /** Readers accept the {@code %PDF-} header anywhere in the first 1024 bytes. */
    private static final int HEADER_WINDOW = 1024;
    private static final Pattern LITERAL = Pattern.compile("/CreationDate\\s*\\(D:(\\d{4})(\\d{2})?(\\d{2})?");
    private static final Pattern HEX = Pattern.compile("/CreationDate\\s*<([0-9A-Fa-f\\s]{4,200})>");
    private static final Pattern PDF_DATE = Pattern.compile("D:(\\d{4})(\\d{2})?(\\d{2})?");
    private static final Pattern XMP = Pattern.compile(
            "(?:xmp|xap):CreateDate(?:>|\\s*=\\s*[\"'])\\s*(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    private PdfDates() {
    }

    static Optional<LocalDate> created(byte[] body) {
        String head = latin1(body, 0, Math.min(body.length, WINDOW));
        if (!head.substring(0, Math.min(head.length(), HEADER_WINDOW)).contains("%PDF-")) {
            return Optional.empty();
        }
        int tailStart = Math.max(0, body.length - WINDOW);
        String tail = tailStart == 0 ? "" : latin1(body, tailStart, body.length - tailStart);
        for (String text : new String[] {tail, head}) {
            Optional<LocalDate> date = fromInfo(text);
            if (date.isPresent()) {
                return date;
            }
        }
        for (String text : new String[] {head, tail}) {
            Optional<LocalDate> date = MetadataDate.first(XMP.matcher(text));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> fromInfo(String text) {
        Optional<LocalDate> literal = MetadataDate.first(LITERAL.matcher(text));
        if (literal.isPresent()) {
            return literal;
        }
        Matcher hex = HEX.matcher(text);
        if (!hex.find()) {
            return Optional.empty();
        }
        return MetadataDate.first(PDF_DATE.matcher(decodeHexString(hex.group(1))));
    }

    /** A PDF hex string: UTF-16BE when it starts with a byte order mark, else PDFDocEncoding (Latin-1 for digits). */
    private static String decodeHexString(String hex) {
        String digits = hex.replaceAll("\\s", "");
        if (digits.length() % 2 == 1) {
            digits = digits + "0";
        }
        byte[] bytes = HexFormat.of().parseHex(digits);
        boolean utf16 = bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff;
        return utf16
                ? new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)
                : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String latin1(byte[] body, int offset, int length) {
        return new String(body, offset, length, StandardCharsets.ISO_8859_1);
    }
}
