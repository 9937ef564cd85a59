package detente.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import detente.output.DocumentJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes stored events as PLOVER JSON Lines: one object per event with the PLOVER fields (event type, mode,
 * context, actor and recipient with their countries, date, source text) plus the CAMEO code and GDELT-style counts.
 * Events whose CAMEO code has no PLOVER type (01x statements) are skipped.
 */
public final class PloverExport {

    private final Connection c;

    public PloverExport(Store store) {
        this.c = store.connection();
    }

    public long write(Writer out) throws SQLException {
        String sql = StoredEvents.withFirstSentence("e.plover_event IS NOT NULL");
        long n = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ObjectNode o = DocumentJson.mapper().createObjectNode();
                o.put("id", r.getString("id"));
                o.put("event_date", r.getString("date"));
                o.put("event_type", r.getString("plover_event"));
                o.put("mode", r.getString("plover_mode"));
                o.put("context", r.getString("plover_context"));
                o.put("actor", name(r, "source"));
                o.put("actor_country", r.getString("source_country"));
                o.put("actor_code", r.getString("source_code"));
                o.put("recipient", name(r, "target"));
                o.put("recipient_country", r.getString("target_country"));
                o.put("recipient_code", r.getString("target_code"));
                o.put("location", r.getString("place"));
                o.put("source_text", r.getString("sentence_text"));
                o.put("cameo", r.getString("cameo"));
                o.put("num_mentions", r.getInt("num_mentions"));
                o.put("num_sources", r.getInt("num_sources"));
                o.put("num_articles", r.getInt("num_articles"));
                o.put("origin", r.getString("origin"));
                o.put("url", r.getString("source_url") != null ? r.getString("source_url")
                        : r.getString("first_article"));
                out.write(DocumentJson.line(o));
                out.write('\n');
                n++;
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    private static String name(ResultSet r, String side) throws SQLException {
        String name = r.getString(side + "_name");
        return name != null ? name : r.getString(side + "_code");
    }
}
