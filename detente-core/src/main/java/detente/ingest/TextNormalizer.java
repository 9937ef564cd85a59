package detente.ingest;

import java.text.Normalizer;
import org.jsoup.nodes.Entities;

/**
 * Cleans text for the NLP stage while keeping a map to the original offsets. In order:
 * <ol>
 *   <li>HTML entities ({@code &amp;}, {@code &#8217;}, {@code &#x2014;}) are decoded;</li>
 *   <li>soft hyphens, zero-width spaces, word joiners, byte-order marks and control chars are dropped;
 *       zero-width (non-)joiners are kept, because Persian and Indic scripts need them;</li>
 *   <li>CR LF and CR become LF; no-break and other Unicode spaces and tabs become a plain space;</li>
 *   <li>the text is put in Unicode NFC;</li>
 *   <li>runs of spaces collapse to one, spaces at line ends go, three or more line breaks become one blank line
 *       (a paragraph break), and the text is trimmed;</li>
 *   <li>a doubled period left by scrapers ("said.." ) becomes one; an ellipsis ("...") is kept.</li>
 * </ol>
 * Typographic quotes and dashes are kept as they are: they are valid text, CoreNLP reads them, and replacing them
 * would lose the distinction between apostrophes and quotation marks that some sources make.
 */
public final class TextNormalizer {

    private static final int MAX_ENTITY_LENGTH = 33;

    /** Normalises {@code original}. */
    public NormalizedText normalize(String original) {
        Buffer decoded = decodeAndFilter(original);
        Buffer composed = compose(decoded);
        Buffer collapsed = collapse(composed);
        return collapsed.toNormalizedText(original);
    }

    private static Buffer decodeAndFilter(String original) {
        Buffer out = new Buffer(original.length());
        int i = 0;
        while (i < original.length()) {
            char c = original.charAt(i);
            if (c == '&') {
                int end = entityEnd(original, i);
                if (end > 0) {
                    String decoded = decodeEntity(original.substring(i + 1, end));
                    if (decoded != null) {
                        for (int k = 0; k < decoded.length(); k++) {
                            appendFiltered(out, decoded.charAt(k), i);
                        }
                        i = end + 1;
                        continue;
                    }
                }
            }
            if (c == '\r') {
                if (i + 1 >= original.length() || original.charAt(i + 1) != '\n') {
                    out.append('\n', i);
                }
            } else {
                appendFiltered(out, c, i);
            }
            i++;
        }
        out.end(original.length());
        return out;
    }

    private static void appendFiltered(Buffer out, char c, int offset) {
        switch (c) {
            case '\u00ad', '\u200b', '\u2060', '\ufeff', '\u180e' -> {
                // invisible: dropped
            }
            case '\n', '\u2028', '\u2029', '\u0085' -> out.append('\n', offset);
            case '\t', '\u000b', '\f' -> out.append(' ', offset);
            default -> {
                if (Character.getType(c) == Character.SPACE_SEPARATOR) {
                    out.append(' ', offset);
                } else if (!Character.isISOControl(c)) {
                    out.append(c, offset);
                }
            }
        }
    }

    private static int entityEnd(String text, int ampersand) {
        int limit = Math.min(text.length(), ampersand + MAX_ENTITY_LENGTH);
        for (int j = ampersand + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == ';') {
                return j > ampersand + 1 ? j : -1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return -1;
            }
        }
        return -1;
    }

    private static String decodeEntity(String body) {
        if (body.startsWith("#")) {
            try {
                boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
                int codePoint = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
                if (codePoint == 0 || !Character.isValidCodePoint(codePoint)
                        || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                    return null;
                }
                return new String(Character.toChars(codePoint));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String decoded = Entities.isNamedEntity(body) ? Entities.getByName(body) : "";
        return decoded.isEmpty() ? null : decoded;
    }

    private static Buffer compose(Buffer in) {
        String text = in.chars.toString();
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return in;
        }
        Buffer out = new Buffer(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i + Character.charCount(text.codePointAt(i));
            while (end < text.length() && isCombining(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            String cluster = text.substring(i, end);
            String normalized = Normalizer.normalize(cluster, Normalizer.Form.NFC);
            if (normalized.equals(cluster)) {
                for (int k = i; k < end; k++) {
                    out.append(text.charAt(k), in.offsets[k]);
                }
            } else {
                for (int k = 0; k < normalized.length(); k++) {
                    out.append(normalized.charAt(k), in.offsets[i]);
                }
            }
            i = end;
        }
        out.end(in.offsets[text.length()]);
        return out;
    }

    private static boolean isCombining(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static Buffer collapse(Buffer in) {
        String text = in.chars.toString();
        Buffer out = new Buffer(text.length());
        int i = 0;
        int n = text.length();
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\n')) {
            i++;
        }
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n') {
                int start = i;
                int newlines = 0;
                while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\n')) {
                    newlines += text.charAt(i) == '\n' ? 1 : 0;
                    i++;
                }
                if (i == n) {
                    break;
                }
                if (newlines == 0) {
                    out.append(' ', in.offsets[start]);
                } else {
                    int firstNewline = text.indexOf('\n', start);
                    out.append('\n', in.offsets[firstNewline]);
                    if (newlines > 1) {
                        out.append('\n', in.offsets[text.indexOf('\n', firstNewline + 1)]);
                    }
                }
                continue;
            }
            if (c == '.' && i + 1 < n && text.charAt(i + 1) == '.' && (i + 2 >= n || text.charAt(i + 2) != '.')
                    && (i == 0 || text.charAt(i - 1) != '.')) {
                out.append('.', in.offsets[i]);
                i += 2;
                continue;
            }
            out.append(c, in.offsets[i]);
            i++;
        }
        out.end(in.offsets[n]);
        return out;
    }

    /** Chars with the original offset of each. */
    private static final class Buffer {
        private final StringBuilder chars;
        private int[] offsets;
        private int size;

        Buffer(int capacity) {
            chars = new StringBuilder(capacity);
            offsets = new int[capacity + 1];
        }

        void append(char c, int originalOffset) {
            if (size + 1 >= offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2 + 2);
            }
            chars.append(c);
            offsets[size++] = originalOffset;
        }

        void end(int originalLength) {
            if (size >= offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, size + 1);
            }
            offsets[size] = originalLength;
            offsets = java.util.Arrays.copyOf(offsets, size + 1);
        }

        NormalizedText toNormalizedText(String original) {
            return new NormalizedText(original, chars.toString(), offsets);
        }
    }
}
