package detente.analysis;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One actor over a window: top partners (by cooperation intensity), top adversaries (by conflict intensity), how
 * many of its events fall under each CAMEO root, and its weekly trend (all its events, tension as for a dyad).
 */
public record ActorProfile(String actor, LocalDate from, LocalDate to, List<Counterpart> partners,
                           List<Counterpart> adversaries, Map<String, Integer> eventMix, List<DyadPoint> trend) {

    /** The actor's interaction with one counterpart. */
    public record Counterpart(String actor, int events, int cooperation, int conflict, double goldstein,
                              double cooperationIntensity, double conflictIntensity) {
    }

    public ActorProfile {
        partners = List.copyOf(partners);
        adversaries = List.copyOf(adversaries);
        eventMix = Collections.unmodifiableMap(new LinkedHashMap<>(eventMix));
        trend = List.copyOf(trend);
    }
}
