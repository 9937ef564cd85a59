package detente.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A filter over stored events, as {@code detente events} takes it, turned into one parameterised SELECT.
 * An actor matches its code, a code prefix ({@code IRN} matches {@code IRNGOV}), its country or its group.
 */
public record EventQuery(String actor, String dyadA, String dyadB, LocalDate from, LocalDate to, String code,
                         int limit, String reading) {

    /**
     * @param reading {@code patterns} or {@code model}: only events with a report coded by a dictionary pattern, or
     *                by the learned reading (rule {@code model:…}); null for all
     */
    public EventQuery {
        if (reading != null && !reading.equals("patterns") && !reading.equals("model")) {
            throw new IllegalArgumentException("reading '" + reading + "': patterns or model");
        }
    }

    public EventQuery(String actor, String dyadA, String dyadB, LocalDate from, LocalDate to, String code, int limit) {
        this(actor, dyadA, dyadB, from, to, code, limit, null);
    }

    public static final String COLUMNS = "id, origin, date, source_code, target_code, cameo, root_code, quad,"
            + " goldstein, plover_event, source_name, target_name, place, num_mentions, num_sources, num_articles,"
            + " first_article, source_url";

    /** The SQL and its parameters, in order. */
    public record Sql(String sql, List<Object> parameters) {
    }

    public Sql toSql() {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        if (actor != null) {
            where.append(" AND (").append(matches("source")).append(" OR ").append(matches("target")).append(')');
            add(params, actor, 8);
        }
        if (dyadA != null && dyadB != null) {
            where.append(" AND ((").append(matches("source")).append(" AND ").append(matches("target"))
                    .append(") OR (").append(matches("source")).append(" AND ").append(matches("target")).append("))");
            add(params, dyadA, 4);
            add(params, dyadB, 4);
            add(params, dyadB, 4);
            add(params, dyadA, 4);
        }
        if (from != null) {
            where.append(" AND date >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" AND date <= ?");
            params.add(to);
        }
        if (code != null) {
            where.append(" AND cameo LIKE ?");
            params.add(code + "%");
        }
        if (reading != null) {
            where.append(" AND id IN (SELECT event_id FROM event_mentions WHERE starts_with(rule, 'model:') = ?)");
            params.add(reading.equals("model"));
        }
        String sql = "SELECT " + COLUMNS + " FROM events" + where + " ORDER BY date NULLS LAST, global_id"
                + (limit > 0 ? " LIMIT " + limit : "");
        return new Sql(sql, params);
    }

    private static String matches(String side) {
        return "(" + side + "_code LIKE (? || '%') OR " + side + "_country = ? OR " + side + "_group = ? OR "
                + side + "_key = ?)";
    }

    private static void add(List<Object> params, String value, int times) {
        for (int i = 0; i < times; i++) {
            params.add(value);
        }
    }
}
