package detente.ingest;

import java.nio.charset.Charset;

/**
 * Text decoded from bytes, with the charset that was used and how it was chosen ("bom", "declared", ...), and a
 * warning when some bytes could not be read in that charset (null when all could).
 */
public record DecodedText(String text, Charset charset, String how, String warning) {

    public DecodedText(String text, Charset charset, String how) {
        this(text, charset, how, null);
    }
}
