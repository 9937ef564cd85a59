package detente.analysis;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Top dyads of a window in one DuckDB aggregation over undirected country-level pairs (events without a target, or
 * with both ends in one country, are left out). The recent part of the window is its last
 * {@value #RECENT_DAYS} days; a dyad with no events there has no change in tension (and is not listed by change).
 */
final class TopDyads {

    static final int RECENT_DAYS = 7;

    private TopDyads() {
    }

    private record Counted(TopDyad dyad, int recentEvents) {
    }

    static List<TopDyad> of(Connection c, LocalDate from, LocalDate to, int limit, TopDyad.Order order) {
        String s = ActorLevel.COUNTRY.sql("source");
        String t = ActorLevel.COUNTRY.sql("target");
        String w = Tension.INTENSITY;
        String sql = "WITH e AS (SELECT least(" + s + ", " + t + ") AS a, greatest(" + s + ", " + t + ") AS b,"
                + " quad, goldstein, " + w + " AS w, date > ? AS recent FROM events"
                + " WHERE date BETWEEN ? AND ? AND " + ActorLevel.BOTH_NAMED + ")"
                + " SELECT a, b, count(*), count(*) FILTER (WHERE quad <= 2), count(*) FILTER (WHERE quad >= 3),"
                + " sum(goldstein),"
                + " coalesce(sum(w) FILTER (WHERE quad >= 3), 0), coalesce(sum(w) FILTER (WHERE quad <= 2), 0),"
                + " coalesce(sum(w) FILTER (WHERE quad >= 3 AND recent), 0),"
                + " coalesce(sum(w) FILTER (WHERE quad <= 2 AND recent), 0), count(*) FILTER (WHERE recent)"
                + " FROM e WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b GROUP BY a, b";
        List<Counted> rows = Sql.query(c, sql, List.of(to.minusDays(RECENT_DAYS), from, to), r -> {
            double conflict = r.getDouble(7);
            double cooperation = r.getDouble(8);
            double recentConflict = r.getDouble(9);
            double recentCooperation = r.getDouble(10);
            double before = Tension.of(conflict - recentConflict, cooperation - recentCooperation);
            double recent = Tension.of(recentConflict, recentCooperation);
            // without news in the recent days there is no change to report, only the index of a quiet dyad
            double change = r.getInt(11) == 0 ? 0 : Tension.round(recent - before);
            return new Counted(new TopDyad(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getInt(5),
                    Tension.round(r.getDouble(6)), Tension.of(conflict, cooperation), change), r.getInt(11));
        });
        Comparator<TopDyad> byName = Comparator.comparing(TopDyad::a).thenComparing(TopDyad::b);
        Comparator<TopDyad> cmp = order == TopDyad.Order.CHANGE
                ? Comparator.comparingDouble((TopDyad d) -> -Math.abs(d.tensionChange())).thenComparing(byName)
                : Comparator.comparingInt((TopDyad d) -> -d.events()).thenComparing(byName);
        return rows.stream().filter(r -> order != TopDyad.Order.CHANGE || r.recentEvents() > 0)
                .map(Counted::dyad).sorted(cmp).limit(limit > 0 ? limit : Long.MAX_VALUE).toList();
    }
}
