package detente.doc;

/**
 * A time expression resolved against the publication date.
 *
 * @param value       ISO date of the resolved day, or the first day of the week/month/year
 * @param granularity {@code day}, {@code week}, {@code month}, {@code year}, {@code duration}
 */
public record Timex(String text, int start, int end, String value, String granularity) {
}
