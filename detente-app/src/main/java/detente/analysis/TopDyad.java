package detente.analysis;

/**
 * An undirected country-level dyad's totals over a window: events, cooperative (QuadClass 1–2) and conflictual
 * (3–4) events, Goldstein sum, tension over the window (0–100) and its change: tension of the last 7 days of the
 * window minus tension of the days before.
 */
public record TopDyad(String a, String b, int events, int cooperation, int conflict, double goldstein,
                      double tension, double tensionChange) {

    /** How {@link Analysis#topDyads} orders dyads. */
    public enum Order {
        /** Most events first. */
        VOLUME,
        /** Largest absolute tension change first. */
        CHANGE
    }
}
