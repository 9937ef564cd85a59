package detente.cli;

import detente.analysis.ActorLevel;
import detente.analysis.ActorMatch;
import detente.analysis.Analysis;

/** Refuses an actor the store has no events for at the asked level, naming close codes and a better level. */
final class KnownActors {

    private KnownActors() {
    }

    static void require(Analysis analysis, String actor, ActorLevel level) {
        ActorMatch match = analysis.actorMatch(actor, level);
        if (match.events() > 0) {
            return;
        }
        StringBuilder message = new StringBuilder(match.unknown(level));
        for (ActorLevel other : ActorLevel.values()) {
            int n = other == level ? 0 : analysis.actorMatch(actor, other).events();
            if (n > 0) {
                message.append("; at ").append(other.name().toLowerCase(java.util.Locale.ROOT)).append(" level ")
                        .append(actor).append(" has ").append(n).append(" events (--level ")
                        .append(other.name().toLowerCase(java.util.Locale.ROOT)).append(")");
                break;
            }
        }
        throw new IllegalArgumentException(message.toString());
    }
}
