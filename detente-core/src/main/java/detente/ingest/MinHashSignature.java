package detente.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MinHash signature of a text's word shingles (three lower-cased words): the share of equal slots in two
 * signatures estimates the Jaccard similarity of their shingle sets. Hashes are fixed (seeded), so signatures are
 * the same on every run and machine.
 */
final class MinHashSignature {

    public static final int SIZE = 128;
    static final int SHINGLE_WORDS = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final long[] slots;

    private MinHashSignature(long[] slots) {
        this.slots = slots;
    }

    public static MinHashSignature of(String text) {
        long[] slots = new long[SIZE];
        Arrays.fill(slots, Long.MAX_VALUE);
        for (long shingle : shingles(text)) {
            for (int i = 0; i < SIZE; i++) {
                long hash = mix(shingle ^ (0x9E3779B97F4A7C15L * (i + 1)));
                if (hash < slots[i]) {
                    slots[i] = hash;
                }
            }
        }
        return new MinHashSignature(slots);
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets, 0..1. */
    public double similarity(MinHashSignature other) {
        int equal = 0;
        for (int i = 0; i < SIZE; i++) {
            if (slots[i] == other.slots[i] && slots[i] != Long.MAX_VALUE) {
                equal++;
            }
        }
        return (double) equal / SIZE;
    }

    /** Hash of slots {@code from..to}, for locality-sensitive bucketing. */
    long band(int from, int to) {
        long hash = 17;
        for (int i = from; i < to; i++) {
            hash = mix(hash * 31 + slots[i]);
        }
        return hash;
    }

    boolean isEmpty() {
        return slots[0] == Long.MAX_VALUE;
    }

    private static Set<Long> shingles(String text) {
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        long[] window = new long[SHINGLE_WORDS];
        int count = 0;
        Set<Long> shingles = new HashSet<>();
        while (matcher.find()) {
            window[count % SHINGLE_WORDS] = fnv(matcher.group());
            count++;
            if (count >= SHINGLE_WORDS) {
                long shingle = 0;
                for (int k = SHINGLE_WORDS; k > 0; k--) {
                    shingle = mix(shingle * 1_000_003L + window[(count - k) % SHINGLE_WORDS]);
                }
                shingles.add(shingle);
            }
        }
        if (count > 0 && count < SHINGLE_WORDS) {
            long shingle = 0;
            for (int k = 0; k < count; k++) {
                shingle = mix(shingle * 1_000_003L + window[k]);
            }
            shingles.add(shingle);
        }
        return shingles;
    }

    private static long fnv(String word) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64 finaliser: a cheap, well-spread 64-bit mix. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
