package detente.store;

import detente.doc.Event;
import detente.doc.Participant;
import detente.doc.Plover;
import detente.doc.TextSpan;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stored real-world events as {@link Event} values for analysis (one per events row, not per report): actors at
 * code level, the code, date and first article; sentence, trigger and rule are those of no single report.
 */
public final class StoredEvents {

    private StoredEvents() {
    }

    /**
     * The query for stored events that satisfy {@code condition} (over alias {@code e}), each with
     * {@code sentence_text}: the sentence of its first article's first report, in id order. The exports share it.
     */
    static String withFirstSentence(String condition) {
        return "SELECT e.*, (SELECT m.sentence_text FROM event_mentions m WHERE m.event_id = e.id"
                + " ORDER BY (m.article_id = e.first_article) DESC, m.sentence, m.trigger_start LIMIT 1)"
                + " AS sentence_text FROM events e WHERE " + condition + " ORDER BY e.global_id, e.id";
    }

    /** Events reported by at least one article whose id starts with {@code articlePrefix} (all when empty). */
    public static List<Event> reportedIn(Store store, String articlePrefix) throws SQLException {
        String sql = "SELECT * FROM events WHERE id IN (SELECT event_id FROM event_mentions WHERE"
                + " starts_with(article_id, ?)) ORDER BY global_id";
        List<Event> out = new ArrayList<>();
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            p.setString(1, articlePrefix);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(event(r));
                }
            }
        }
        return out;
    }

    static Event event(ResultSet r) throws SQLException {
        Date d = r.getDate("date");
        Participant source = new Participant(r.getString("source_code"), r.getString("source_country"),
                r.getString("source_group"), r.getString("source_name"), "", -1, -1);
        Participant target = r.getString("target_key") == null ? null : new Participant(r.getString("target_code"),
                r.getString("target_country"), r.getString("target_group"), r.getString("target_name"), "", -1, -1);
        Plover plover = r.getString("plover_event") == null ? null : new Plover(r.getString("plover_event"),
                r.getString("plover_mode"), r.getString("plover_context"));
        return new Event(r.getString("id"), r.getString("first_article"), d == null ? null : d.toLocalDate(),
                source, target, r.getString("cameo"), r.getString("root_code"), r.getInt("quad"),
                r.getDouble("goldstein"), plover, -1, "", new TextSpan("", -1, -1), "", 1.0, StoredPlace.of(r),
                r.getString("date_precision"), StoredPlace.dateSpan(r));
    }
}
