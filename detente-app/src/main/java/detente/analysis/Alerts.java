package detente.analysis;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Escalation and de-escalation alerts (see {@code docs/analysis.md}). DuckDB aggregates each undirected
 * country-level dyad's weekly conflict intensity C and cooperation intensity K and, for each candidate week (one
 * that could pass the count check below), the median and MAD of the previous {@value #BASELINE_WEEKS} weeks (empty
 * weeks are zero); a robust z-score
 * {@code (x − median) / max(1.4826 × MAD, √mean(Σw²), FLOOR)} flags the week; the middle term is the
 * standard deviation a compound Poisson process of the baseline's events would have, so sparse dyads (median
 * and MAD zero) are judged against their actual event rate. A flagged week must also have more (for a drop, fewer)
 * events of that kind than a Poisson process at the baseline's weekly rate (at least {@value #MIN_RATE}) gives
 * with probability {@value #ALPHA}: one event on a quiet dyad is not an alert. Escalation: C's z ≥ {@value #Z}.
 * De-escalation: K's z ≥ {@value #Z} in a week where cooperation outweighs conflict, or C falls by
 * {@value #Z} scales below its baseline. Java merges consecutive flagged weeks and lists the events behind them.
 */
final class Alerts {

    static final int BASELINE_WEEKS = 12;
    static final int MIN_BASELINE_WEEKS = 2;
    static final double Z = 3;
    /** Smallest scale: one verbal-conflict event (Goldstein −2) reported once. */
    static final double FLOOR = 2;
    /** Significance of the event-count check (one-sided Poisson tail against the baseline rate). */
    static final double ALPHA = 0.005;
    /** Smallest baseline rate, in events per week, for the count check: silence is not certainty. */
    static final double MIN_RATE = 0.1;
    /** Default look-back when no start is given. */
    static final int DEFAULT_WEEKS = 4;
    static final int MAX_EVENT_IDS = 50;

    /** One flagged dyad-week. */
    record Week(String a, String b, LocalDate week, String kind, double score, double baseline, double observed) {
    }

    private Alerts() {
    }

    static List<Alert> scan(Connection c, LocalDate since) {
        LocalDate first = Sql.query(c, "SELECT min(date) FROM events", List.of(), r -> Sql.date(r, 1)).get(0);
        LocalDate last = Sql.query(c, "SELECT max(date) FROM events", List.of(), r -> Sql.date(r, 1)).get(0);
        if (first == null) {
            return List.of();
        }
        LocalDate lastWeek = Period.WEEK.start(last);
        LocalDate sinceWeek = since != null ? Period.WEEK.start(since) : lastWeek.minusWeeks(DEFAULT_WEEKS - 1);
        LocalDate start = sinceWeek.minusWeeks(BASELINE_WEEKS);
        if (start.isBefore(Period.WEEK.start(first))) {
            start = Period.WEEK.start(first);
        }
        List<Week[]> runs = merge(flaggedWeeks(c, start, sinceWeek, lastWeek));
        List<List<String>> ids = eventIds(c, runs);
        List<Alert> alerts = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Week run = runs.get(i)[0];
            alerts.add(new Alert(run.a(), run.b(), run.kind(), run.week(), runs.get(i)[1].week().plusDays(6),
                    Tension.round(run.score()), Tension.round(run.baseline()), Tension.round(run.observed()),
                    ids.get(i)));
        }
        alerts.sort(Comparator.comparingDouble(Alert::score).reversed().thenComparing(Comparator.comparing(
                Alert::from).reversed()).thenComparing(Alert::a).thenComparing(Alert::b));
        return alerts;
    }

    private static List<Week> flaggedWeeks(Connection c, LocalDate start, LocalDate since, LocalDate lastWeek) {
        String s = ActorLevel.COUNTRY.sql("source");
        String t = ActorLevel.COUNTRY.sql("target");
        String w = Tension.INTENSITY;
        String sql = "WITH e AS (SELECT a, b, wk, coalesce(sum(w) FILTER (WHERE quad >= 3), 0) AS c,"
                + " coalesce(sum(w) FILTER (WHERE quad <= 2), 0) AS k,"
                + " coalesce(sum(w * w) FILTER (WHERE quad >= 3), 0) AS c2,"
                + " coalesce(sum(w * w) FILTER (WHERE quad <= 2), 0) AS k2,"
                + " count(*) FILTER (WHERE quad >= 3) AS nc, count(*) FILTER (WHERE quad <= 2) AS nk"
                + " FROM (SELECT least(" + s + ", " + t + ") AS a, greatest(" + s + ", " + t + ") AS b,"
                + " CAST(date_trunc('week', date) AS DATE) AS wk, quad, " + w + " AS w"
                + " FROM events WHERE date >= ? AND date < ? AND " + ActorLevel.BOTH_NAMED
                + " AND " + Period.WEEK.precise("date_precision") + ")"
                + " WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b GROUP BY a, b, wk),"
                + " busy AS (SELECT a, b FROM e GROUP BY a, b HAVING sum(nc) >= " + minEventsToDrop() + "),"
                + " cand AS (SELECT * FROM e WHERE wk >= ? AND (greatest(nc, nk) >= " + minEventsToRise()
                + " OR (a, b) IN (SELECT (a, b) FROM busy))),"
                + " h AS (SELECT x.a, x.b, x.wk, x.c, x.k, x.nc, x.nk,"
                + " least(" + BASELINE_WEEKS + ", datediff('week', CAST(? AS DATE), x.wk)) AS n,"
                + " coalesce(list(h.c) FILTER (WHERE h.wk IS NOT NULL), []) AS hc,"
                + " coalesce(list(h.k) FILTER (WHERE h.wk IS NOT NULL), []) AS hk,"
                + " coalesce(sum(h.c2), 0) AS sc2, coalesce(sum(h.k2), 0) AS sk2,"
                + " coalesce(sum(h.nc), 0) AS snc, coalesce(sum(h.nk), 0) AS snk"
                + " FROM cand x LEFT JOIN e h ON h.a = x.a AND h.b = x.b AND h.wk < x.wk"
                + " AND h.wk >= x.wk - INTERVAL " + (7 * BASELINE_WEEKS) + " DAY"
                + " GROUP BY x.a, x.b, x.wk, x.c, x.k, x.nc, x.nk),"
                + " s AS (SELECT *, list_resize(hc, n, 0.0) AS pc, list_resize(hk, n, 0.0) AS pk FROM h"
                + " WHERE n >= " + MIN_BASELINE_WEEKS + "),"
                + " m AS (SELECT *, list_aggregate(pc, 'median') AS mc, list_aggregate(pc, 'mad') AS dc,"
                + " list_aggregate(pk, 'median') AS mk, list_aggregate(pk, 'mad') AS dk, sc2 / n AS vc, sk2 / n AS vk,"
                + " snc / n AS lc, snk / n AS lk FROM s),"
                + " z AS (SELECT *, (c - mc) / greatest(1.4826 * dc, sqrt(vc), " + FLOOR + ") AS zc,"
                + " (k - mk) / greatest(1.4826 * dk, sqrt(vk), " + FLOOR + ") AS zk FROM m)"
                + " SELECT a, b, wk, zc, zk, c, k, mc, mk, nc, nk, lc, lk FROM z WHERE zc >= " + Z + " OR (zk >= " + Z
                + " AND k > c) OR (-zc >= " + Z + " AND k > 0) ORDER BY a, b, wk";
        List<Week> out = new ArrayList<>();
        Sql.query(c, sql, List.of(start, lastWeek.plusWeeks(1), since, start), r -> {
            String a = r.getString(1);
            String b = r.getString(2);
            LocalDate wk = Sql.date(r, 3);
            double zc = r.getDouble(4);
            double zk = r.getDouble(5);
            double conflict = r.getDouble(6);
            double cooperation = r.getDouble(7);
            int conflicts = r.getInt(10);
            int cooperations = r.getInt(11);
            double conflictRate = Math.max(r.getDouble(12), MIN_RATE);
            double cooperationRate = Math.max(r.getDouble(13), MIN_RATE);
            double pRise = upperTail(conflicts, conflictRate);
            double pWarm = upperTail(cooperations, cooperationRate);
            double pDrop = lowerTail(conflicts, conflictRate);
            if (zc >= Z && pRise < ALPHA) {
                out.add(new Week(a, b, wk, Alert.ESCALATION, score(zc, pRise), r.getDouble(8), conflict));
            } else if (zk >= Z && cooperation > conflict && pWarm < ALPHA) {
                out.add(new Week(a, b, wk, Alert.DE_ESCALATION, score(zk, pWarm), r.getDouble(9), cooperation));
            } else if (-zc >= Z && cooperation > 0 && pDrop < ALPHA) {
                out.add(new Week(a, b, wk, Alert.DE_ESCALATION, score(-zc, pDrop), r.getDouble(8), conflict));
            }
            return null;
        });
        return out;
    }

    /**
     * The fewest events of a kind in one week that can pass the count check on the quietest dyad (2); dyads with
     * no such week are not scanned.
     */
    static int minEventsToRise() {
        int n = 1;
        while (upperTail(n, MIN_RATE) >= ALPHA) {
            n++;
        }
        return n;
    }

    /**
     * The fewest conflictual events over the scanned weeks a dyad needs for a drop to pass the count check: a week
     * with none is unlikely only when the baseline rate exceeds −ln α, over at least the minimum baseline.
     */
    static int minEventsToDrop() {
        return (int) Math.ceil(-Math.log(ALPHA) * MIN_BASELINE_WEEKS);
    }

    /**
     * The weaker of the two pieces of evidence, both on the z scale: the intensity z-score and the count check's
     * tail probability as the standard normal quantile with the same upper tail.
     */
    static double score(double z, double p) {
        return Math.min(z, -normalQuantile(Math.max(p, 1e-300)));
    }

    /** Inverse of the standard normal CDF (Acklam's rational approximation, relative error below 1.2e-9). */
    static double normalQuantile(double p) {
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1) {
            return 38.5; // 1 - p rounds to 0 beyond about 8 standard deviations; cap at a finite value
        }
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        if (p < 0.02425) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - 0.02425) {
            return -normalQuantile(1 - p);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }

    /** P(N ≥ n) for N ~ Poisson(λ); above the mean, summed directly so that tiny tails keep their precision. */
    static double upperTail(int n, double lambda) {
        if (n <= 0) {
            return 1;
        }
        if (n <= lambda) {
            return Math.max(0, 1 - lowerTail(n - 1, lambda));
        }
        double logTerm = -lambda;
        for (int i = 1; i <= n; i++) {
            logTerm += Math.log(lambda) - Math.log(i);
        }
        double sum = 0;
        for (int i = n; ; i++) {
            if (i > n) {
                logTerm += Math.log(lambda) - Math.log(i);
            }
            double term = Math.exp(logTerm);
            sum += term;
            if (term <= sum * 1e-16 || term == 0) {
                return Math.min(1, sum);
            }
        }
    }

    /** P(N ≤ n) for N ~ Poisson(λ), summed in log space so large rates do not underflow. */
    static double lowerTail(int n, double lambda) {
        double sum = 0;
        double logTerm = -lambda; // log P(N = 0)
        for (int i = 0; i <= n; i++) {
            if (i > 0) {
                logTerm += Math.log(lambda) - Math.log(i);
            }
            sum += Math.exp(logTerm);
        }
        return Math.min(1, sum);
    }

    /**
     * Runs of consecutive weeks of one dyad and kind, each as {merged, last}: the merged week has the first week's
     * start and baseline and the strongest week's score and observed intensity.
     */
    private static List<Week[]> merge(List<Week> weeks) {
        List<Week[]> runs = new ArrayList<>();
        Week start = null;
        Week best = null;
        Week prev = null;
        for (Week w : weeks) {
            boolean continues = prev != null && prev.a().equals(w.a()) && prev.b().equals(w.b())
                    && prev.kind().equals(w.kind()) && prev.week().plusWeeks(1).equals(w.week());
            if (!continues) {
                if (start != null) {
                    runs.add(new Week[] {start, best, prev});
                }
                start = w;
                best = w;
            } else if (w.score() > best.score()) {
                best = w;
            }
            prev = w;
        }
        if (start != null) {
            runs.add(new Week[] {start, best, prev});
        }
        return runs.stream().map(r -> new Week[] {
                new Week(r[0].a(), r[0].b(), r[0].week(), r[0].kind(), r[1].score(), r[0].baseline(), r[1].observed()),
                r[2]}).toList();
    }

    /**
     * The events behind each run, strongest first: conflictual events for an escalation, cooperative ones for a
     * de-escalation. One query for all runs (one scan of the alert weeks), not one per alert.
     */
    private static List<List<String>> eventIds(Connection c, List<Week[]> runs) {
        List<List<String>> out = new ArrayList<>();
        if (runs.isEmpty()) {
            return out;
        }
        StringBuilder values = new StringBuilder();
        LocalDate min = null;
        LocalDate max = null;
        for (int i = 0; i < runs.size(); i++) {
            Week first = runs.get(i)[0];
            LocalDate to = runs.get(i)[1].week().plusDays(6);
            min = min == null || first.week().isBefore(min) ? first.week() : min;
            max = max == null || to.isAfter(max) ? to : max;
            values.append(i == 0 ? "" : ", ").append('(').append(i).append(", ").append(literal(first.a()))
                    .append(", ").append(literal(first.b())).append(", DATE '").append(first.week())
                    .append("', DATE '").append(to).append("', ").append(first.kind().equals(Alert.ESCALATION))
                    .append(')');
            out.add(new ArrayList<>());
        }
        String s = ActorLevel.COUNTRY.sql("source");
        String t = ActorLevel.COUNTRY.sql("target");
        String sql = "WITH runs(i, a, b, f, t, esc) AS (VALUES " + values + "),"
                + " e AS (SELECT id, date, global_id, quad >= 3 AS esc, " + Tension.INTENSITY + " AS w,"
                + " least(" + s + ", " + t + ") AS a, greatest(" + s + ", " + t + ") AS b FROM events"
                + " WHERE date BETWEEN ? AND ? AND " + ActorLevel.BOTH_NAMED
                + " AND " + Period.WEEK.precise("date_precision") + ")"
                + " SELECT runs.i, e.id FROM e JOIN runs ON e.a = runs.a AND e.b = runs.b AND e.esc = runs.esc"
                + " AND e.date BETWEEN runs.f AND runs.t"
                + " QUALIFY row_number() OVER (PARTITION BY runs.i ORDER BY e.w DESC, e.date, e.global_id) <= "
                + MAX_EVENT_IDS + " ORDER BY runs.i, e.w DESC, e.date, e.global_id";
        Sql.query(c, sql, List.of(min, max), r -> out.get(r.getInt(1)).add(r.getString(2)));
        return out;
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
