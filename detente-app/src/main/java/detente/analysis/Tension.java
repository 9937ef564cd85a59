package detente.analysis;

/**
 * The tension index (documented in {@code docs/analysis.md}). Each event has an intensity
 * {@code (1 + ln(max(1, num_mentions))) × max(1, |goldstein|)}: severity on the Goldstein scale, weighted by the
 * attention it got, damped so one viral story does not outweigh many events. Per period, conflict intensity C sums
 * QuadClass 3–4 events and cooperation intensity K sums QuadClass 1–2. Both are smoothed with an exponentially
 * weighted moving average with a {@value #HALF_LIFE_DAYS}-day half-life, and
 * {@code tension = 100 × (C' + P/2) / (C' + K' + P)} with a prior {@code P} = {@value #PRIOR}: 50 means no
 * evidence either way or a balanced relation, 0 purely cooperative, 100 purely hostile.
 */
public final class Tension {

    /** Half-life of the smoothing, in days. */
    public static final double HALF_LIFE_DAYS = 14;
    /** Prior intensity, half conflict and half cooperation: about one serious event. */
    public static final double PRIOR = 10;

    /** The SQL expression of one event's intensity. */
    static final String INTENSITY = "((1 + ln(greatest(num_mentions, 1))) * greatest(abs(goldstein), 1))";

    private final double decay;
    private double conflict;
    private double cooperation;

    /** A smoother for periods of the given length. */
    public Tension(Period by) {
        this.decay = Math.pow(0.5, by.days() / HALF_LIFE_DAYS);
    }

    /** Unsmoothed tension of totals (used over a whole window). */
    public static double of(double conflict, double cooperation) {
        return round(100 * (conflict + PRIOR / 2) / (conflict + cooperation + PRIOR));
    }

    /** Adds the next period's intensities and returns the smoothed tension after it. */
    public double next(double periodConflict, double periodCooperation) {
        conflict = conflict * decay + periodConflict;
        cooperation = cooperation * decay + periodCooperation;
        return of(conflict, cooperation);
    }

    static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
