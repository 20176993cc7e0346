package org.hundredparks.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as the platform uses it: ids derived from what makes a record unique (a retry derives the same
 * id, so a conditional create cannot write it twice), and fingerprints of requests.
 */
public final class Hashes {

    private Hashes() {
    }

    /** The SHA-256 of the UTF-8 text, as 64 lower-case hex digits. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * An id made of a prefix and the first {@code length} hex digits of the hash of the parts, one per line:
     * the same parts always give the same id.
     */
    public static String derivedId(String prefix, int length, Object... parts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            text.append(i == 0 ? "" : "\n").append(parts[i]);
        }
        return prefix + sha256(text.toString()).substring(0, length);
    }
}
