package detente.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dyad's timeline request: actors {@code a} and {@code b} at a level, an optional date range (null: from the
 * dyad's first to its last event), directed ({@code a} acts on {@code b} only) or not, bucketed by a period.
 */
public record DyadQuery(String a, String b, LocalDate from, LocalDate to, ActorLevel level, boolean directed,
                        Period by) {

    public DyadQuery {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        level = level == null ? ActorLevel.COUNTRY : level;
        by = by == null ? Period.WEEK : by;
    }

    /** Undirected, country level, weekly, all dates. */
    public static DyadQuery of(String a, String b) {
        return new DyadQuery(a, b, null, null, ActorLevel.COUNTRY, false, Period.WEEK);
    }
}
