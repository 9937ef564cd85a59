package detente.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * One period of a timeline: events, counts per QuadClass ({@code quad[0]} = verbal cooperation … {@code quad[3]} =
 * material conflict), Goldstein sum, conflict and cooperation intensity (see {@link Tension}), the smoothed
 * tension index (0–100) and the ids of the events behind the point, in date order.
 */
public record DyadPoint(LocalDate period, int events, int[] quad, double goldstein, double tension,
                        List<String> eventIds, double conflictIntensity, double cooperationIntensity) {

    public DyadPoint {
        eventIds = List.copyOf(eventIds);
    }

    public int cooperation() {
        return quad[0] + quad[1];
    }

    public int conflict() {
        return quad[2] + quad[3];
    }
}
