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

    /** The SQL expression giving one side's actor at this level; {@code side} is {@code source} or {@code target}. */
    String sql(String side) {
        return switch (this) {
            case COUNTRY -> "coalesce(" + side + "_country, " + side + "_key)";
            case GROUP -> "coalesce(" + side + "_group, " + side + "_country, " + side + "_key)";
            case CODE -> "coalesce(" + side + "_code, " + side + "_key)";
        };
    }
}
