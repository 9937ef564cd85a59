package detente.analysis;

import java.util.Map;

/**
 * An actor code looked up in the store at one level.
 *
 * @param events events of the actor with a named counterpart (0: the store does not know it at this level)
 * @param close  actors with close codes and their events, busiest first
 */
public record ActorMatch(String actor, int events, Map<String, Integer> close) {

    /** The one-line refusal of an actor the store has no events for, with the close codes it does have. */
    public String unknown(ActorLevel level) {
        StringBuilder b = new StringBuilder("no events for actor " + actor + " at "
                + level.name().toLowerCase(java.util.Locale.ROOT) + " level");
        if (close.isEmpty()) {
            b.append(" and no code close to it; list the actors with: detente sql \"SELECT source_code, count(*)"
                    + " FROM events GROUP BY ALL ORDER BY 2 DESC\"");
        } else {
            b.append("; close codes: ");
            close.forEach((code, n) -> b.append(code).append(" (").append(n).append(" events), "));
            b.setLength(b.length() - 2);
        }
        return b.toString();
    }
}
