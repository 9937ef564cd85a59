package detente.ingest;

import java.util.Arrays;

/**
 * Normalised text with a map back to the text it came from: {@link #originalOffset(int)} turns an offset into
 * {@link #text()} into an offset into {@link #original()}, so spans found later can be traced to the source.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] originalOffsets;

    NormalizedText(String original, String text, int[] originalOffsets) {
        if (originalOffsets.length != text.length() + 1) {
            throw new IllegalArgumentException("need one offset per char plus one for the end");
        }
        this.original = original;
        this.text = text;
        this.originalOffsets = originalOffsets;
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    /**
     * The offset in the original text of the char at {@code offset} in the normalised text; {@code text().length()}
     * maps to the end of the original.
     */
    public int originalOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
        }
        return originalOffsets[offset];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NormalizedText that && original.equals(that.original) && text.equals(that.text)
                && Arrays.equals(originalOffsets, that.originalOffsets);
    }

    @Override
    public int hashCode() {
        return 31 * original.hashCode() + text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
