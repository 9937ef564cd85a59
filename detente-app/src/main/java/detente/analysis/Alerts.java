package detente.analysis;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Escalation and de-escalation alerts (see {@code docs/analysis.md}). DuckDB builds each active undirected
 * country-level dyad's weekly conflict intensity C and cooperation intensity K (empty weeks are zero) and, per week,
 * the median and MAD of the previous {@value #BASELINE_WEEKS} weeks; a robust z-score
 * {@code (x − median) / max(1.4826 × MAD, 0.25 × median, FLOOR)} flags the week. Escalation: C's z ≥ {@value #Z}.
 * De-escalation: K's z ≥ {@value #Z} in a week where cooperation outweighs conflict, or C falls by
 * {@value #Z} scales below its baseline. Java merges consecutive flagged weeks and lists the events behind them.
 */
final class Alerts {

    static final int BASELINE_WEEKS = 12;
    static final int MIN_BASELINE_WEEKS = 2;
    static final double Z = 3;
    /** Smallest scale: one verbal-conflict event (Goldstein −2) reported once. */
    static final double FLOOR = 2;
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
        List<Week> weeks = flaggedWeeks(c, start, sinceWeek, lastWeek);
        List<Alert> alerts = new ArrayList<>();
        for (Week[] run : merge(weeks)) {
            alerts.add(alert(c, run[0], run[1]));
        }
        alerts.sort(Comparator.comparing(Alert::from).reversed().thenComparing(Comparator.comparingDouble(
                Alert::score).reversed()).thenComparing(Alert::a).thenComparing(Alert::b));
        return alerts;
    }

    private static List<Week> flaggedWeeks(Connection c, LocalDate start, LocalDate since, LocalDate lastWeek) {
        String s = ActorLevel.COUNTRY.sql("source");
        String t = ActorLevel.COUNTRY.sql("target");
        String w = Tension.INTENSITY;
        String sql = "WITH e AS (SELECT a, b, wk, coalesce(sum(w) FILTER (WHERE quad >= 3), 0) AS c,"
                + " coalesce(sum(w) FILTER (WHERE quad <= 2), 0) AS k"
                + " FROM (SELECT least(" + s + ", " + t + ") AS a, greatest(" + s + ", " + t + ") AS b,"
                + " CAST(date_trunc('week', date) AS DATE) AS wk, quad, " + w + " AS w"
                + " FROM events WHERE date >= ? AND date < ? AND target_key IS NOT NULL)"
                + " WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b GROUP BY a, b, wk),"
                + " active AS (SELECT DISTINCT a, b FROM e WHERE wk >= ?),"
                + " weeks AS (SELECT CAST(range AS DATE) AS wk FROM range(CAST(? AS TIMESTAMP),"
                + " CAST(? AS TIMESTAMP), INTERVAL 7 DAY)),"
                + " grid AS (SELECT x.a, x.b, weeks.wk, coalesce(e.c, 0) AS c, coalesce(e.k, 0) AS k"
                + " FROM active x CROSS JOIN weeks LEFT JOIN e ON e.a = x.a AND e.b = x.b AND e.wk = weeks.wk),"
                + " s AS (SELECT *, median(c) OVER bw AS mc, mad(c) OVER bw AS dc, median(k) OVER bw AS mk,"
                + " mad(k) OVER bw AS dk, count(*) OVER bw AS n FROM grid WINDOW bw AS (PARTITION BY a, b ORDER BY wk"
                + " ROWS BETWEEN " + BASELINE_WEEKS + " PRECEDING AND 1 PRECEDING)),"
                + " z AS (SELECT *, (c - mc) / greatest(1.4826 * dc, 0.25 * mc, " + FLOOR + ") AS zc,"
                + " (k - mk) / greatest(1.4826 * dk, 0.25 * mk, " + FLOOR + ") AS zk FROM s"
                + " WHERE wk >= ? AND n >= " + MIN_BASELINE_WEEKS + ")"
                + " SELECT a, b, wk, zc, zk, c, k, mc, mk FROM z WHERE zc >= " + Z + " OR (zk >= " + Z
                + " AND k > c) OR (-zc >= " + Z + " AND k > 0) ORDER BY a, b, wk";
        List<Week> out = new ArrayList<>();
        Sql.query(c, sql, List.of(start, lastWeek.plusWeeks(1), since, start, lastWeek.plusWeeks(1), since), r -> {
            String a = r.getString(1);
            String b = r.getString(2);
            LocalDate wk = Sql.date(r, 3);
            double zc = r.getDouble(4);
            double zk = r.getDouble(5);
            if (zc >= Z) {
                out.add(new Week(a, b, wk, Alert.ESCALATION, zc, r.getDouble(8), r.getDouble(6)));
            } else if (zk >= Z && r.getDouble(7) > r.getDouble(6)) {
                out.add(new Week(a, b, wk, Alert.DE_ESCALATION, zk, r.getDouble(9), r.getDouble(7)));
            } else {
                out.add(new Week(a, b, wk, Alert.DE_ESCALATION, -zc, r.getDouble(8), r.getDouble(6)));
            }
            return null;
        });
        return out;
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

    private static Alert alert(Connection c, Week run, Week last) {
        LocalDate to = last.week().plusDays(6);
        String s = ActorLevel.COUNTRY.sql("source");
        String t = ActorLevel.COUNTRY.sql("target");
        String quads = run.kind().equals(Alert.ESCALATION) ? "quad >= 3" : "quad <= 2";
        String sql = "SELECT id FROM events WHERE date BETWEEN ? AND ? AND " + quads + " AND ((" + s + " = ? AND "
                + t + " = ?) OR (" + s + " = ? AND " + t + " = ?)) ORDER BY " + Tension.INTENSITY
                + " DESC, date, global_id LIMIT " + MAX_EVENT_IDS;
        List<String> ids = Sql.query(c, sql, List.of(run.week(), to, run.a(), run.b(), run.b(), run.a()),
                r -> r.getString(1));
        return new Alert(run.a(), run.b(), run.kind(), run.week(), to, Tension.round(run.score()),
                Tension.round(run.baseline()), Tension.round(run.observed()), ids);
    }
}
