package detente.fact;

/**
 * A quoted stretch found by the mark scanner, before attribution.
 *
 * @param start        first character inside the opening mark
 * @param end          the closing mark, or the paragraph end for an unclosed quote
 * @param paragraph    index of its paragraph
 * @param closed       false when the paragraph ended before a closing mark
 * @param continuation true when it opens its paragraph right after an unclosed quote: the same quote goes on
 */
record QuoteSpan(int start, int end, int paragraph, boolean closed, boolean continuation) {
}
