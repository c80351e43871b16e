package nl.ketenscan.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stable name for a defect, so that the same defect in a site template, found on many pages,
 * becomes one issue. Built from the rule, the selector and the snippet with what differs between
 * renderings of one template removed (see {@link NormalisedSelector} and {@link NormalisedSnippet}):
 * structural indices, generated ids and hashed class names, per-page query strings, whitespace.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(Finding finding) {
        String key = finding.rule() + '\n' + NormalisedSelector.of(finding.selector()) + '\n'
                + NormalisedSnippet.of(finding.snippet());
        return sha256(key).substring(0, 16);
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
