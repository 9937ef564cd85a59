package detente.ingest;

import java.nio.charset.Charset;

/** Text decoded from bytes, with the charset that was used and how it was chosen ("bom", "declared", ...). */
public record DecodedText(String text, Charset charset, String how) {
}
