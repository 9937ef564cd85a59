package detente.analysis;

/**
 * The level at which an event's two ends are compared. Each level falls back to the actor key when the finer
 * attribute is missing, so imported GDELT rows and coded rows are treated alike.
 */
public enum ActorLevel {
    /** Country code ({@code IRN}); else the actor key. */
    COUNTRY,
    /** Known group ({@code HAM}, {@code ISIL}); else the country; else the key. */
    GROUP,
    /** Full actor code ({@code IRNGOV}); else the key. */
    CODE;

    /**
     * SQL condition for events whose two ends both name someone: a target is present and neither end is a
     * role-only actor ({@code ---GOV}, "a senior official"), which would pool every unnamed official into one
     * pseudo-actor.
     */
    static final String BOTH_NAMED = "target_key IS NOT NULL AND source_key NOT LIKE '---%' AND target_key NOT LIKE '---%'";

    /** The SQL expression giving one side's actor at this level; {@code side} is {@code source} or {@code target}. */
    String sql(String side) {
        return switch (this) {
            case COUNTRY -> "coalesce(" + side + "_country, " + side + "_key)";
            case GROUP -> "coalesce(" + side + "_group, " + side + "_country, " + side + "_key)";
            case CODE -> "coalesce(" + side + "_code, " + side + "_key)";
        };
    }
}
