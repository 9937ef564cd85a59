package detente.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Hashes of article text: {@link #of} identifies an exact copy (idempotent ingest), {@link #group} a copy that
 * differs only in case, punctuation or spacing (the article's {@code duplicate_group}).
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** SHA-256 of the text, hex. */
    public static String of(String text) {
        return sha256(text);
    }

    /** SHA-256 of the text reduced to lower-case letters and digits separated by single spaces, first 16 hex. */
    public static String group(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return sha256(normal).substring(0, 16);
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
