package detente.analysis;

/**
 * The level at which an event's two ends are compared. Each level falls back to the actor key when the finer
 * attribute is missing, so imported GDELT rows and coded rows are treated alike.
 */
public enum ActorLevel {
    /** Country code ({@code IRN}); else the actor key. */
    COUNTRY,
    /**
     * Known group ({@code HAMAS}, {@code ISIL}); else the country; else the key. A group that is an organ of its
     * own state (code = its country + GOV, MIL, SPY, COP, JUD or LEG: Mossad {@code ISRSPY}, the IRGC
     * {@code IRNMIL}) is its country: a state's intelligence service is no actor beside the state.
     */
    GROUP,
    /** Full actor code ({@code IRNGOV}); else the key. */
    CODE;

    /**
     * SQL condition for events whose two ends both name someone: a target is present and neither end is a
     * role-only actor ({@code ---GOV}, "a senior official"), which would pool every unnamed official into one
     * pseudo-actor.
     */
    static final String BOTH_NAMED = "target_key IS NOT NULL AND source_key NOT LIKE '---%' AND target_key NOT LIKE '---%'";

    /** CAMEO's state sectors: government, military, intelligence, police, judiciary, legislature. */
    private static final String STATE_ORGANS = "'GOV', 'MIL', 'SPY', 'COP', 'JUD', 'LEG'";

    /** The SQL expression giving one side's actor at this level; {@code side} is {@code source} or {@code target}. */
    String sql(String side) {
        return switch (this) {
            case COUNTRY -> "coalesce(" + side + "_country, " + side + "_key)";
            case GROUP -> "CASE WHEN " + side + "_group IS NOT NULL AND NOT (" + side + "_country IS NOT NULL AND"
                    + " starts_with(" + side + "_code, " + side + "_country) AND substr(" + side + "_code, 4, 3) IN"
                    + " (" + STATE_ORGANS + ")) THEN " + side + "_group ELSE coalesce(" + side + "_country, " + side
                    + "_key) END";
            case CODE -> "coalesce(" + side + "_code, " + side + "_key)";
        };
    }
}
