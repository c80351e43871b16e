package nl.ketenscan.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A stable name for a defect, so that the same defect in a site template, found on many pages,
 * becomes one issue. Built from the rule and the element's snippet with what differs between
 * renderings of one template removed: nth-child indices, long digit runs in ids and classes, and
 * whitespace.
 *
 * <p>The selector counts only for findings without a snippet. axe writes the shortest selector that
 * is unique in each page, so one template element gets different selectors on different pages (the
 * demo's logo is {@code img} on most pages and {@code img[width="232"]} on pages with more images);
 * its snippet stays the same.
 */
final class Fingerprint {

    private static final Pattern NTH = Pattern.compile(":nth-(child|of-type)\\(\\d+\\)");
    private static final Pattern DIGITS = Pattern.compile("\\d{3,}");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Fingerprint() {
    }

    static String of(Finding finding) {
        String element = finding.snippet() != null ? finding.snippet() : finding.selector();
        String key = finding.rule() + '\n' + normalise(element);
        return sha256(key).substring(0, 16);
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String withoutIndices = NTH.matcher(text).replaceAll("");
        String withoutIds = DIGITS.matcher(withoutIndices).replaceAll("#");
        return SPACE.matcher(withoutIds).replaceAll(" ").trim();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
