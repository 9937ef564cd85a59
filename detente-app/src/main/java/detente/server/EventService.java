package detente.server;

import detente.store.EventQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored events as {@code detente events} lists them (one per real-world event), the coded reports behind them
 * (each with its sentence and article), and event counts over time.
 */
final class EventService {

    /** The filters of {@code detente events}, plus {@code q}: words in a report's sentence. */
    record Filter(String actor, String a, String b, LocalDate from, LocalDate to, String code, String q,
                  String reading) {
    }

    private static final String REPORT_COLUMNS = "m.id, m.event_id, m.article_id, ar.seq AS article_seq,"
            + " ar.title AS article_title, m.date, m.sentence, m.sentence_text, m.trigger_text, m.trigger_start,"
            + " m.trigger_end, m.rule, m.confidence, m.cameo, m.quad, m.goldstein, m.plover_event, m.source_code,"
            + " m.source_name, m.source_text, m.target_code, m.target_name, m.target_text, (SELECT s.start_char FROM"
            + " sentences s WHERE s.article_id = m.article_id AND s.idx = m.sentence) AS sentence_start";

    private final Database db;

    EventService(Database db) {
        this.db = db;
    }

    Paging.Page<Map<String, Object>> list(Filter f, Paging paging) {
        EventQuery.Sql base;
        try {
            base = new EventQuery(f.actor(), f.a(), f.b(), f.from(), f.to(), f.code(), 0, f.reading()).toSql();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("query parameter " + e.getMessage());
        }
        String sql = "FROM (" + base.sql() + ") e";
        List<Object> params = new ArrayList<>(base.parameters());
        if (f.q() != null) {
            sql += " WHERE id IN (SELECT event_id FROM event_mentions WHERE contains(lower(sentence_text), lower(?)))";
            params.add(f.q());
        }
        String from = sql;
        return db.run(s -> {
            long total = Database.count(s, "SELECT count(*) " + from, params);
            List<Object> paged = new ArrayList<>(params);
            paged.add(paging.limit());
            paged.add(paging.offset());
            return paging.page(total, Database.rows(s, "SELECT * " + from
                    + " ORDER BY date NULLS LAST, id LIMIT ? OFFSET ?", paged));
        });
    }

    /** One event (by its id or the id of one of its reports) with all its reports. */
    Map<String, Object> event(String id) {
        return db.run(s -> {
            List<Map<String, Object>> found = Database.rows(s, "SELECT " + EventQuery.COLUMNS + " FROM events"
                    + " WHERE id = ? OR id = (SELECT event_id FROM event_mentions WHERE id = ?)", List.of(id, id));
            if (found.isEmpty()) {
                throw ApiException.notFound("no event " + id);
            }
            Map<String, Object> event = new LinkedHashMap<>(found.get(0));
            event.put("reports", Database.rows(s, "SELECT " + REPORT_COLUMNS + " FROM event_mentions m"
                    + " JOIN articles ar ON ar.id = m.article_id WHERE m.event_id = ? ORDER BY m.date, ar.seq,"
                    + " m.sentence", List.of(event.get("id"))));
            return event;
        });
    }

    /** The reports of the given events (at most {@code max} ids), in date and article order. */
    List<Map<String, Object>> reports(List<String> eventIds, int max) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        if (eventIds.size() > max) {
            throw ApiException.badRequest("at most " + max + " event ids");
        }
        String marks = String.join(", ", java.util.Collections.nCopies(eventIds.size(), "?"));
        return db.run(s -> Database.rows(s, "SELECT " + REPORT_COLUMNS + " FROM event_mentions m"
                + " JOIN articles ar ON ar.id = m.article_id WHERE m.event_id IN (" + marks + ")"
                + " ORDER BY m.date, ar.seq, m.sentence, m.trigger_start", new ArrayList<>(eventIds)));
    }

    /** One report (a coded event in one article), or 404. */
    Map<String, Object> report(String id) {
        return db.run(s -> {
            List<Map<String, Object>> r = Database.rows(s, "SELECT " + REPORT_COLUMNS + " FROM event_mentions m"
                    + " JOIN articles ar ON ar.id = m.article_id WHERE m.id = ?", List.of(id));
            if (r.isEmpty()) {
                throw ApiException.notFound("no coded event " + id);
            }
            return r.get(0);
        });
    }

    /** Events per period and QuadClass. */
    List<Map<String, Object>> counts(String by, LocalDate from, LocalDate to) {
        String period = switch (by) {
            case "day" -> "date";
            case "week" -> "CAST(date_trunc('week', date) AS DATE)";
            case "month" -> "CAST(date_trunc('month', date) AS DATE)";
            default -> throw ApiException.badRequest("by must be day, week or month");
        };
        List<Object> params = new ArrayList<>();
        String where = " WHERE date IS NOT NULL";
        if (from != null) {
            where += " AND date >= ?";
            params.add(from);
        }
        if (to != null) {
            where += " AND date <= ?";
            params.add(to);
        }
        String sql = "SELECT " + period + " AS period, count(*) AS events,"
                + " count(*) FILTER (WHERE quad = 1) AS verbal_cooperation,"
                + " count(*) FILTER (WHERE quad = 2) AS material_cooperation,"
                + " count(*) FILTER (WHERE quad = 3) AS verbal_conflict,"
                + " count(*) FILTER (WHERE quad = 4) AS material_conflict FROM events" + where
                + " GROUP BY ALL ORDER BY period";
        return db.run(s -> Database.rows(s, sql, params));
    }

    boolean reportExists(String id) {
        return db.run(s -> Database.count(s, "SELECT count(*) FROM event_mentions WHERE id = ?", List.of(id)) > 0);
    }
}
