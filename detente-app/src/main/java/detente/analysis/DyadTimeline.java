package detente.analysis;

import java.util.List;

/** A dyad's points, one per period from the first to the last period of the range, empty periods included. */
public record DyadTimeline(DyadQuery query, List<DyadPoint> points) {

    public DyadTimeline {
        points = List.copyOf(points);
    }

    public int events() {
        return points.stream().mapToInt(DyadPoint::events).sum();
    }
}
