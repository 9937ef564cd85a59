package detente.server;

import detente.store.Store;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows of a watched store: each source's health, what changed lately (for the overview's
 * "last updated" and its list of the newest events, which it polls), the alerts sent as an Atom feed, and muting a
 * dyad's alerts.
 */
final class WatchService {

    static final int LATEST_EVENTS = 10;
    static final int ATOM_ENTRIES = 50;

    private final Database db;

    WatchService(Database db) {
        this.db = db;
    }

    List<Map<String, Object>> sources() {
        return db.run(s -> Database.rows(s, "SELECT name, kind, url, interval_seconds, last_poll, next_poll,"
                + " last_success, last_error, last_error_at, consecutive_errors, polls, items_seen, items_new,"
                + " articles_stored, items_failed, last_new_at,"
                + " CASE WHEN last_poll IS NULL THEN 'waiting' WHEN consecutive_errors = 0 THEN 'ok'"
                + " ELSE 'failing' END AS health FROM watch_sources ORDER BY name, source_key", List.of()));
    }

    /** When the store last took an article, how much it holds, and the newest events with a sentence each. */
    Map<String, Object> live() {
        return db.run(s -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.putAll(Database.rows(s, "SELECT max(ingested_at) AS last_updated, count(*) AS articles FROM articles",
                    List.of()).get(0));
            out.putAll(Database.rows(s, "SELECT count(*) AS events, coalesce(max(global_id), 0) AS newest"
                    + " FROM events", List.of()).get(0));
            out.put("latest", Database.rows(s, "SELECT e.id, e.global_id, e.date, e.source_code, e.target_code,"
                    + " e.cameo, e.quad, (SELECT m.sentence_text FROM event_mentions m WHERE m.event_id = e.id"
                    + " ORDER BY m.id LIMIT 1) AS sentence FROM events e ORDER BY e.global_id DESC LIMIT ?",
                    List.of(LATEST_EVENTS)));
            return out;
        });
    }

    /** The alerts sent, newest first, as Atom; each entry links to the dashboard's dyad page and its events. */
    String atom(String base) {
        return db.run(s -> {
            StringWriter out = new StringWriter();
            try {
                XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                x.writeStartDocument("UTF-8", "1.0");
                x.writeStartElement("feed");
                x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
                element(x, "title", "detente alerts");
                element(x, "id", base + "/api/alerts.atom");
                link(x, base + "/api/alerts.atom", "self");
                List<Map<String, Object>> rows = Database.rows(s, "SELECT alert_key, kind, a, b, week_from, title, body,"
                        + " event_ids, created_at FROM alerts_sent ORDER BY created_at DESC, alert_key LIMIT ?",
                        List.of(ATOM_ENTRIES));
                element(x, "updated", rows.isEmpty() ? Instant.EPOCH.toString() : iso(rows.get(0).get("created_at")));
                for (Map<String, Object> r : rows) {
                    x.writeStartElement("entry");
                    element(x, "title", (String) r.get("title"));
                    element(x, "id", "urn:detente:alert:" + r.get("alert_key"));
                    element(x, "updated", iso(r.get("created_at")));
                    link(x, base + "/dyad.html?a=" + r.get("a") + "&b=" + r.get("b"), "alternate");
                    for (String id : String.valueOf(r.get("event_ids")).split(",")) {
                        if (!id.isBlank()) {
                            link(x, base + "/event.html?id=" + id, "related");
                        }
                    }
                    x.writeStartElement("category");
                    x.writeAttribute("term", (String) r.get("kind"));
                    x.writeEndElement();
                    x.writeStartElement("content");
                    x.writeAttribute("type", "text");
                    x.writeCharacters((String) r.get("body"));
                    x.writeEndElement();
                    x.writeEndElement();
                }
                x.writeEndElement();
                x.writeEndDocument();
                x.close();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("cannot write the alerts feed: " + e.getMessage(), e);
            }
            return out.toString();
        });
    }

    Map<String, Object> mute(String a, String b, boolean on) {
        String x = a.compareTo(b) <= 0 ? a : b;
        String y = a.compareTo(b) <= 0 ? b : a;
        return db.run(s -> {
            String sql = on ? "INSERT INTO alert_mutes VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
                    : "DELETE FROM alert_mutes WHERE a = ? AND b = ?";
            try (PreparedStatement p = s.connection().prepareStatement(sql)) {
                p.setString(1, x);
                p.setString(2, y);
                if (on) {
                    p.setTimestamp(3, Timestamp.from(Instant.now()));
                }
                p.executeUpdate();
            }
            return Map.of("a", x, "b", y, "muted", on);
        });
    }

    List<Map<String, Object>> mutes() {
        return db.run(s -> Database.rows(s, "SELECT a, b, muted_at FROM alert_mutes ORDER BY a, b", List.of()));
    }

    private static String iso(Object v) {
        return v == null ? Instant.EPOCH.toString() : v.toString().endsWith("Z") ? v.toString() : v + "Z";
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text == null ? "" : text);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String href, String rel) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
    }
}
