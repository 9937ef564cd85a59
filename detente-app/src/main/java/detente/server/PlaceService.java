package detente.server;

import detente.store.EventQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The places of stored events, with counts: one row per resolved place (its coordinates), filtered as
 * {@code /api/events} is, with the events per QuadClass and the ids of its first events to open.
 */
final class PlaceService {

    /** Ids listed per place; the map fetches the reports of a place with them. */
    static final int IDS_PER_PLACE = 100;

    private final Database db;

    PlaceService(Database db) {
        this.db = db;
    }

    List<Map<String, Object>> places(EventService.Filter f) {
        EventQuery.Sql base;
        try {
            base = new EventQuery(f.actor(), f.a(), f.b(), f.from(), f.to(), f.code(), 0, f.reading()).toSql();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("query parameter " + e.getMessage());
        }
        List<Object> params = new ArrayList<>(base.parameters());
        String sql = "SELECT min(coalesce(place_name, place)) AS name, place_country AS country,"
                + " min(place_admin1) AS admin1, min(place_level) AS level, place_lat AS lat, place_lon AS lon,"
                + " count(*) AS events, count(*) FILTER (WHERE quad = 1) AS verbal_cooperation,"
                + " count(*) FILTER (WHERE quad = 2) AS material_cooperation,"
                + " count(*) FILTER (WHERE quad = 3) AS verbal_conflict,"
                + " count(*) FILTER (WHERE quad = 4) AS material_conflict,"
                + " min(date) AS first_date, max(date) AS last_date,"
                + " array_to_string(list(id ORDER BY date, global_id)[1:" + IDS_PER_PLACE + "], ',') AS ids"
                + " FROM events WHERE place_lat IS NOT NULL AND id IN (SELECT id FROM (" + base.sql() + "))"
                + " GROUP BY place_lat, place_lon, place_country ORDER BY events DESC, name";
        List<Map<String, Object>> rows = db.run(s -> Database.rows(s, sql, params));
        for (Map<String, Object> row : rows) {
            row.put("ids", List.of(String.valueOf(row.get("ids")).split(",")));
        }
        return rows;
    }
}
