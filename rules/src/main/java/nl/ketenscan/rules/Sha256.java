package nl.ketenscan.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a text in UTF-8, for names and seeds that must be the same on every run and machine:
 * issue fingerprints, page skeletons, the seed of the WCAG-EM random sample.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The digest in lower-case hex, 64 digits. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(digest(text));
    }
}
