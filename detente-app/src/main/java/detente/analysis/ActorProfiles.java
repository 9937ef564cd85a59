package detente.analysis;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Actor profiles: counterparts and event mix aggregated in DuckDB, the weekly trend as a dyad timeline is. */
final class ActorProfiles {

    static final int TOP = 10;

    private ActorProfiles() {
    }

    static ActorProfile of(Connection c, String actor, LocalDate from, LocalDate to, ActorLevel level) {
        String s = level.sql("source");
        String t = level.sql("target");
        StringBuilder where = new StringBuilder("date IS NOT NULL AND (" + s + " = ? OR " + t + " = ?)");
        List<Object> params = new ArrayList<>(List.of(actor, actor));
        if (from != null) {
            where.append(" AND date >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" AND date <= ?");
            params.add(to);
        }
        String w = Tension.INTENSITY;
        List<Object> counterpartParams = new ArrayList<>(List.of(actor));
        counterpartParams.addAll(params);
        List<ActorProfile.Counterpart> counterparts = Sql.query(c, "SELECT other, count(*),"
                + " count(*) FILTER (WHERE quad <= 2), count(*) FILTER (WHERE quad >= 3), sum(goldstein),"
                + " coalesce(sum(w) FILTER (WHERE quad <= 2), 0), coalesce(sum(w) FILTER (WHERE quad >= 3), 0)"
                + " FROM (SELECT CASE WHEN " + s + " = ? THEN " + t + " ELSE " + s + " END AS other, quad, goldstein,"
                + " " + w + " AS w FROM events WHERE " + where + " AND " + ActorLevel.BOTH_NAMED + ")"
                + " WHERE other IS NOT NULL AND other <> ? GROUP BY other", append(counterpartParams, actor),
                r -> new ActorProfile.Counterpart(r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4),
                        Tension.round(r.getDouble(5)), Tension.round(r.getDouble(6)), Tension.round(r.getDouble(7))));
        List<ActorProfile.Counterpart> partners = counterparts.stream().filter(x -> x.cooperation() > 0)
                .sorted(Comparator.comparingDouble((ActorProfile.Counterpart x) -> -x.cooperationIntensity())
                        .thenComparing(ActorProfile.Counterpart::actor)).limit(TOP).toList();
        List<ActorProfile.Counterpart> adversaries = counterparts.stream().filter(x -> x.conflict() > 0)
                .sorted(Comparator.comparingDouble((ActorProfile.Counterpart x) -> -x.conflictIntensity())
                        .thenComparing(ActorProfile.Counterpart::actor)).limit(TOP).toList();
        Map<String, Integer> mix = new LinkedHashMap<>();
        Sql.query(c, "SELECT root_code, count(*) FROM events WHERE " + where + " GROUP BY root_code ORDER BY root_code",
                params, r -> mix.put(r.getString(1), r.getInt(2)));
        List<Object> trendParams = new ArrayList<>(List.of(actor, actor));
        StringBuilder trendWhere = new StringBuilder("date IS NOT NULL AND (" + s + " = ? OR " + t + " = ?)");
        if (from != null) {
            trendWhere.append(" AND date >= ?");
            trendParams.add(from.minusDays(DyadTimelines.WARM_UP_DAYS));
        }
        if (to != null) {
            trendWhere.append(" AND date <= ?");
            trendParams.add(to);
        }
        List<DyadTimelines.Bucket> buckets = DyadTimelines.buckets(c, Period.WEEK, "FROM events WHERE " + trendWhere,
                trendParams);
        return new ActorProfile(actor, from, to, partners, adversaries, mix,
                DyadTimelines.points(buckets, Period.WEEK, from, to));
    }

    private static List<Object> append(List<Object> list, Object value) {
        list.add(value);
        return list;
    }
}
