package detente.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 of an article's text after normalisation (and lower-casing), as hex: equal hashes mean equal texts. */
public final class ContentHash {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private ContentHash() {
    }

    public static String of(String text) {
        String canonical = NORMALIZER.normalize(text).text().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
