package detente.analysis;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dyad timelines: DuckDB counts events per period and QuadClass and lists their ids; Java fills empty periods and
 * runs the tension smoother. Smoothing starts {@value #WARM_UP_DAYS} days before the range so the first point
 * already reflects recent history.
 */
final class DyadTimelines {

    static final int WARM_UP_DAYS = 56;

    /** One period's aggregates as DuckDB returns them. */
    record Bucket(LocalDate period, int events, int[] quad, double goldstein, double conflict, double cooperation,
                  List<String> ids) {
    }

    private DyadTimelines() {
    }

    static DyadTimeline of(Connection c, DyadQuery q) {
        String sa = q.level().sql("source");
        String ta = q.level().sql("target");
        StringBuilder where = new StringBuilder("date IS NOT NULL AND " + q.by().precise("date_precision") + " AND ");
        List<Object> params = new ArrayList<>();
        if (q.directed()) {
            where.append("(").append(sa).append(" = ? AND ").append(ta).append(" = ?)");
            params.add(q.a());
            params.add(q.b());
        } else {
            where.append("((").append(sa).append(" = ? AND ").append(ta).append(" = ?) OR (").append(sa)
                    .append(" = ? AND ").append(ta).append(" = ?))");
            params.add(q.a());
            params.add(q.b());
            params.add(q.b());
            params.add(q.a());
        }
        if (q.from() != null) {
            where.append(" AND date >= ?");
            params.add(q.from().minusDays(WARM_UP_DAYS));
        }
        if (q.to() != null) {
            where.append(" AND date <= ?");
            params.add(q.to());
        }
        List<Bucket> buckets = buckets(c, q.by(), "FROM events WHERE " + where, params);
        return new DyadTimeline(q, points(buckets, q.by(), q.from(), q.to()));
    }

    /** Per-period aggregates of the events selected by {@code fromWhere}, in period order. */
    static List<Bucket> buckets(Connection c, Period by, String fromWhere, List<Object> params) {
        String sql = "SELECT " + by.sql("date") + " AS p, count(*),"
                + " count(*) FILTER (WHERE quad = 1), count(*) FILTER (WHERE quad = 2),"
                + " count(*) FILTER (WHERE quad = 3), count(*) FILTER (WHERE quad = 4), sum(goldstein),"
                + " coalesce(sum(" + Tension.INTENSITY + ") FILTER (WHERE quad >= 3), 0),"
                + " coalesce(sum(" + Tension.INTENSITY + ") FILTER (WHERE quad <= 2), 0),"
                + " list(id ORDER BY date, global_id) " + fromWhere + " GROUP BY p ORDER BY p";
        return Sql.query(c, sql, params, r -> new Bucket(Sql.date(r, 1), r.getInt(2),
                new int[] {r.getInt(3), r.getInt(4), r.getInt(5), r.getInt(6)}, r.getDouble(7), r.getDouble(8),
                r.getDouble(9), Sql.strings(r, 10)));
    }

    /**
     * Points for every period from {@code from} (else the first bucket) to {@code to} (else the last bucket);
     * buckets before {@code from} only warm up the smoother.
     */
    static List<DyadPoint> points(List<Bucket> buckets, Period by, LocalDate from, LocalDate to) {
        if (buckets.isEmpty() && (from == null || to == null)) {
            return List.of();
        }
        Map<LocalDate, Bucket> byPeriod = new HashMap<>();
        for (Bucket b : buckets) {
            byPeriod.put(b.period(), b);
        }
        LocalDate first = buckets.isEmpty() ? by.start(from) : buckets.get(0).period();
        if (from != null && by.start(from).isBefore(first)) {
            first = by.start(from);
        }
        LocalDate last = by.start(to != null ? to : buckets.get(buckets.size() - 1).period());
        LocalDate shownFrom = from == null ? first : by.start(from);
        Tension tension = new Tension(by);
        List<DyadPoint> out = new ArrayList<>();
        for (LocalDate p = first; !p.isAfter(last); p = by.next(p)) {
            Bucket b = byPeriod.get(p);
            double t = b == null ? tension.next(0, 0) : tension.next(b.conflict(), b.cooperation());
            if (p.isBefore(shownFrom)) {
                continue;
            }
            out.add(b == null ? new DyadPoint(p, 0, new int[4], 0, t, List.of(), 0, 0)
                    : new DyadPoint(p, b.events(), b.quad(), Tension.round(b.goldstein()), t, b.ids(),
                    Tension.round(b.conflict()), Tension.round(b.cooperation())));
        }
        return out;
    }
}
