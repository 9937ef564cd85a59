package detente.doc;

/**
 * A number with what it counts: casualties, money, a percentage or another count.
 *
 * @param kind  {@code killed}, {@code wounded}, {@code money}, {@code percent}, {@code count}
 * @param low   lower bound (equal to {@code high} for an exact value)
 * @param unit  currency code for money, {@code %} for percentages, the counted noun otherwise
 * @param event id of the event it belongs to, or null
 */
public record Quantity(String kind, double low, double high, String unit, String text, int start, int end,
                       String event) {
}
