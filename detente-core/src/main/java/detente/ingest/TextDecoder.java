package detente.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text, refusing binary data. The charset comes from, in order: a byte-order mark; the charset
 * the transport declared (HTTP Content-Type); the document's own declaration ({@code <meta charset>},
 * {@code http-equiv}, the XML declaration); strict UTF-8 when the bytes are valid UTF-8; UTF-8 with replacement
 * characters, and a warning naming the first bad byte, when they nearly are; juniversalchardet's guess;
 * and finally a single-byte Western charset. A declaration is ignored when the bytes contradict it (a page that
 * claims UTF-8 but is not valid UTF-8).
 *
 * <p>juniversalchardet has no Turkish model and calls Turkish text windows-1252, which turns ı, ş, ğ into ý, þ, ð.
 * When the guess is a Western charset and those bytes are frequent, windows-1254 (a superset of ISO-8859-9) is
 * used instead. Icelandic text, which really uses ý, þ and ð, should declare its charset. UTF-16 without a
 * byte-order mark is refused as binary (it is full of NUL bytes).
 */
public final class TextDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_:.+-]+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1254 = Charset.forName("windows-1254");
    private static final int SNIFF_LENGTH = 8192;

    /** Decodes {@code bytes}; {@code contentType} is the transport's Content-Type header, or null. */
    public DecodedText decode(byte[] bytes, String contentType) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException("empty");
        }
        DecodedText bom = decodeWithBom(bytes);
        if (bom != null) {
            return bom;
        }
        if (looksBinary(bytes)) {
            throw new IngestException("binary data, not text (NUL or control bytes)");
        }
        Charset declared = contentType == null ? null : charsetFrom(CONTENT_TYPE_CHARSET, contentType);
        if (declared != null) {
            String text = strictDecode(bytes, declared);
            if (text != null) {
                return new DecodedText(text, declared, "declared by transport");
            }
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_LENGTH), StandardCharsets.ISO_8859_1);
        Charset inDocument = charsetFrom(META_CHARSET, head);
        if (inDocument == null) {
            inDocument = charsetFrom(XML_ENCODING, head);
        }
        if (inDocument != null) {
            String text = strictDecode(bytes, inDocument);
            if (text != null) {
                return new DecodedText(text, inDocument, "declared in document");
            }
        }
        String utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new DecodedText(utf8, StandardCharsets.UTF_8, "valid UTF-8");
        }
        DecodedText nearlyUtf8 = nearlyUtf8(bytes);
        if (nearlyUtf8 != null) {
            return nearlyUtf8;
        }
        Charset guessed = guess(bytes);
        return new DecodedText(new String(bytes, guessed), guessed, "detected");
    }

    /**
     * UTF-8 with U+FFFD for the bytes that are not, when the text has UTF-8 sequences and at most one bad one in
     * ten of them (at least two allowed): a stray byte in a UTF-8 file, which a single-byte guess would turn into
     * mojibake throughout ("TÃ¼rkiye"). Null when the bytes do not look like UTF-8.
     */
    static DecodedText nearlyUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int bad = 0;
        int firstBad = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (result.isError()) {
                if (firstBad < 0) {
                    firstBad = in.position();
                }
                bad++;
                in.position(in.position() + result.length());
                out.put('\uFFFD');
            } else {
                return null; // overflow cannot happen: UTF-8 never yields more chars than bytes
            }
        }
        out.flip();
        int multibyte = 0;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c >= 0x80 && c != '\uFFFD' && !Character.isLowSurrogate(c)) {
                multibyte++;
            }
        }
        if (bad == 0 || multibyte == 0 || bad > Math.max(2, multibyte / 10)) {
            return null;
        }
        return new DecodedText(out.toString(), StandardCharsets.UTF_8, "nearly valid UTF-8",
                "not valid UTF-8 at byte " + firstBad + (bad > 1 ? " and " + (bad - 1) + " more place"
                        + (bad > 2 ? "s" : "") : "") + "; read as UTF-8 with \uFFFD in place of the bad bytes");
    }

    private static DecodedText decodeWithBom(byte[] bytes) {
        int b0 = bytes[0] & 0xff;
        int b1 = bytes.length > 1 ? bytes[1] & 0xff : -1;
        int b2 = bytes.length > 2 ? bytes[2] & 0xff : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, "bom");
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, "bom");
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return new DecodedText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, "bom");
        }
        return null;
    }

    /** NUL bytes, or more than 5% control bytes other than whitespace, in the first 8 KB. */
    static boolean looksBinary(byte[] bytes) {
        int length = Math.min(bytes.length, SNIFF_LENGTH);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
                controls++;
            }
        }
        return controls > length * 0.05;
    }

    private static Charset charsetFrom(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        return charsetNamed(matcher.group(1));
    }

    static Charset charsetNamed(String name) {
        String normalized = name.trim().toLowerCase(Locale.ROOT);
        if (normalized.equals("iso-8859-1") || normalized.equals("latin1") || normalized.equals("us-ascii")) {
            return WINDOWS_1252; // as browsers do: the C1 range is almost always meant as windows-1252
        }
        if (normalized.equals("iso-8859-9") || normalized.equals("latin5")) {
            return WINDOWS_1254;
        }
        try {
            return Charset.forName(normalized);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strictDecode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        Charset detected = name == null ? null : charsetNamed(name);
        if (detected == null || detected.equals(WINDOWS_1252) || detected.name().startsWith("ISO-8859-1")
                || detected.name().equalsIgnoreCase("ISO-8859-15")) {
            return looksTurkish(bytes) ? WINDOWS_1254 : WINDOWS_1252;
        }
        return detected;
    }

    /** Bytes for ğ ı ş Ğ İ Ş (ð ý þ Ð Ý Þ in windows-1252) make up a good share of the non-ASCII bytes. */
    static boolean looksTurkish(byte[] bytes) {
        int high = 0;
        int turkish = 0;
        for (byte value : bytes) {
            int b = value & 0xff;
            if (b >= 0x80) {
                high++;
                if (b == 0xF0 || b == 0xFD || b == 0xFE || b == 0xD0 || b == 0xDD || b == 0xDE) {
                    turkish++;
                }
            }
        }
        return turkish >= 2 && turkish >= high * 0.1;
    }
}
