package detente.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reviewers' verdicts as a gold set, JSON Lines: one line per coded event with an approved verdict (the latest
 * one), with the sentence, the trigger, what was coded and what the gold says ({@code gold} is null when the
 * event should not have been coded). No reply text, name or email is exported. {@code detente eval gold} reads it.
 */
public final class GoldExport {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Store store;

    public GoldExport(Store store) {
        this.store = store;
    }

    /** Writes the gold set and returns the number of lines. */
    public int write(Writer w) throws SQLException, IOException {
        int n = 0;
        for (Reply reply : new Replies(store).latestVerdicts()) {
            ObjectNode line = line(reply);
            if (line != null) {
                w.write(MAPPER.writeValueAsString(line));
                w.write('\n');
                n++;
            }
        }
        w.flush();
        return n;
    }

    private ObjectNode line(Reply reply) throws SQLException {
        try (PreparedStatement p = store.connection().prepareStatement("SELECT article_id, date, sentence,"
                + " sentence_text, trigger_text, trigger_start, trigger_end, cameo, source_code, target_code"
                + " FROM event_mentions WHERE id = ?")) {
            p.setString(1, reply.targetId());
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                ObjectNode o = MAPPER.createObjectNode();
                o.put("event", reply.targetId());
                o.put("article", r.getString("article_id"));
                o.put("date", r.getDate("date") == null ? null : r.getDate("date").toLocalDate().toString());
                o.put("sentence", r.getInt("sentence"));
                o.put("text", r.getString("sentence_text"));
                o.putObject("trigger").put("text", r.getString("trigger_text"))
                        .put("start", r.getInt("trigger_start")).put("end", r.getInt("trigger_end"));
                ObjectNode coded = o.putObject("coded");
                coded.put("cameo", r.getString("cameo")).put("source", r.getString("source_code"))
                        .put("target", r.getString("target_code"));
                Verdict v = reply.verdict();
                o.put("verdict", v.encode());
                if (v.kind().equals(Verdict.WRONG)) {
                    o.putNull("gold");
                } else {
                    o.putObject("gold")
                            .put("cameo", v.code() != null ? v.code() : coded.get("cameo").asText())
                            .put("source", v.source() != null ? v.source() : coded.path("source").asText(null))
                            .put("target", v.target() != null ? v.target() : coded.path("target").asText(null));
                }
                return o;
            }
        }
    }
}
