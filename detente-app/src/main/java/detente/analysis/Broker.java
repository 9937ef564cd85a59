package detente.analysis;

/**
 * An actor with cooperative ties to both sides of a conflictual dyad ({@code sideA}–{@code sideB}); the score is
 * the weight of the weaker of its two cooperative ties.
 */
public record Broker(String actor, String sideA, String sideB, double score) {
}
