package detente.fact;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The range a number phrase stands for. Exact numbers give {@code low == high}. Vague amounts and hedges follow
 * fixed conventions (documented in docs/facts.md): "dozens" 24–99, "scores" 40–99, "hundreds" 200–999,
 * "thousands" 2,000–9,999, "several" 3–9; "more than N" N+1…2N, "at least N" N…2N, "nearly N" 0.9N…N,
 * "about N" 0.9N…1.1N, "up to N" 0.5N…N.
 */
record Amount(double low, double high) {

    private static final Map<String, Amount> VAGUE = Map.ofEntries(
            Map.entry("a dozen", new Amount(12, 12)), Map.entry("dozens", new Amount(24, 99)),
            Map.entry("scores", new Amount(40, 99)), Map.entry("hundreds", new Amount(200, 999)),
            Map.entry("thousands", new Amount(2000, 9999)), Map.entry("tens of thousands", new Amount(20000, 99999)),
            Map.entry("several", new Amount(3, 9)), Map.entry("a few", new Amount(2, 5)),
            Map.entry("a handful", new Amount(3, 6)), Map.entry("a hundred", new Amount(100, 100)));

    /** The vague quantity words as a regular-expression alternation, longest first. */
    static final String VAGUE_PATTERN = "(?:tens of thousands|a dozen|dozens|scores|hundreds|thousands|several"
            + "|a few|a handful|a hundred)";

    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "k", 1e3,
            "million", 1e6, "m", 1e6, "mn", 1e6, "billion", 1e9, "bn", 1e9, "trillion", 1e12, "tn", 1e12);

    /** Reads number (digits, words or a vague amount), scale and hedge; empty when the number is unreadable. */
    static java.util.Optional<Amount> of(String number, String scale, String hedge) {
        String n = number.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        Amount base = VAGUE.get(n);
        if (base == null) {
            OptionalDouble v = NumberWords.parse(n);
            if (v.isEmpty()) {
                return java.util.Optional.empty();
            }
            base = new Amount(v.getAsDouble(), v.getAsDouble());
        }
        double factor = scale == null ? 1 : SCALES.getOrDefault(scale.toLowerCase(Locale.ROOT), 1.0);
        Amount scaled = new Amount(base.low() * factor, base.high() * factor);
        return java.util.Optional.of(scaled.hedged(hedge == null ? "" : hedge.toLowerCase(Locale.ROOT).strip()));
    }

    private Amount hedged(String hedge) {
        boolean whole = low == Math.rint(low) && low < 1e6;
        return switch (hedge) {
            case "more than", "over" -> new Amount(whole ? low + 1 : low, 2 * high);
            case "at least" -> new Amount(low, 2 * high);
            case "nearly", "almost" -> new Amount(round(0.9 * low), whole ? high - 1 : high);
            case "about", "around", "approximately", "some", "roughly" -> new Amount(round(0.9 * low), round(1.1 * high));
            case "up to", "as many as" -> new Amount(round(0.5 * low), high);
            case "fewer than", "less than", "under" -> new Amount(round(0.5 * low), whole ? high - 1 : high);
            default -> this;
        };
    }

    private static double round(double v) {
        return v >= 10 ? Math.rint(v) : v;
    }

    static final String HEDGE_PATTERN = "(?:more than|over|at least|nearly|almost|about|around|approximately"
            + "|some|roughly|up to|as many as|fewer than|less than|under)";
}
