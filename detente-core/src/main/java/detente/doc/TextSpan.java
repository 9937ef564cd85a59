package detente.doc;

/** A piece of the article text with its character offsets {@code [start, end)}. */
public record TextSpan(String text, int start, int end) {
}
