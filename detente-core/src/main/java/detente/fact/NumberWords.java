package detente.fact;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads the numbers news text writes: digits with thousands separators and decimals ("1,200", "2.5"), and
 * English number words up to ninety-nine, hyphenated or not ("ninety-three"). Scale words (million, billion) and
 * vague amounts ("dozens") are the caller's concern.
 */
final class NumberWords {

    /** The number words as a regular-expression alternation, longest first. */
    static final String WORD_PATTERN = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|one|two|three|four|five|six|seven|eight|nine|ten)";

    /** Digits, with thousands separators or a decimal part. */
    static final String DIGIT_PATTERN = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private NumberWords() {
    }

    /** The value of digits or number words, or empty when the text is neither. */
    static OptionalDouble parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (Character.isDigit(s.charAt(0))) {
            try {
                return OptionalDouble.of(Double.parseDouble(s.replace(",", "")));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        int total = 0;
        for (String part : s.split("[- ]")) {
            Integer v = UNITS.get(part);
            if (v == null) {
                return OptionalDouble.empty();
            }
            total += v;
        }
        return OptionalDouble.of(total);
    }
}
