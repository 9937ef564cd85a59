package detente.store;

import detente.doc.Actor;
import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Event;
import detente.doc.Layer;
import detente.doc.Mention;
import detente.doc.Participant;
import detente.doc.Plover;
import detente.doc.Quantity;
import detente.doc.Quote;
import detente.doc.Sentence;
import detente.doc.TextSpan;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rebuilds documents from stored rows, in ingest order: the article, sentences, actor mentions, event reports,
 * quotes and quantities (tokens and dependencies are not stored). Used by the documents export and by recode.
 */
public final class DocumentReader {

    private final Connection c;

    public DocumentReader(Store store) {
        this.c = store.connection();
    }

    /** Every stored article, oldest first, without its derived layers. */
    public List<Article> articles() throws SQLException {
        List<Article> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, title, date, url, source, author, language, text FROM articles"
                     + " ORDER BY seq")) {
            while (r.next()) {
                Date d = r.getDate(3);
                out.add(new Article(r.getString(1), r.getString(2), d == null ? null : d.toLocalDate(),
                        r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8)));
            }
        }
        return out;
    }

    /** Hands each stored document to {@code sink}, oldest first. */
    public void documents(Consumer<Document> sink) throws SQLException {
        for (Article a : articles()) {
            sink.accept(document(a));
        }
    }

    public Document document(Article a) throws SQLException {
        String id = a.id();
        List<Sentence> sentences = new ArrayList<>();
        try (ResultSet r = query("SELECT idx, start_char, end_char, first_token, end_token FROM sentences"
                + " WHERE article_id = ? ORDER BY idx", id)) {
            while (r.next()) {
                sentences.add(new Sentence(r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5)));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        try (ResultSet r = query("SELECT * FROM mentions WHERE article_id = ? ORDER BY idx", id)) {
            while (r.next()) {
                mentions.add(new Mention(r.getInt("start_char"), r.getInt("end_char"), r.getString("text"),
                        r.getInt("sentence"), r.getInt("first_token"), r.getInt("end_token"), r.getInt("head"),
                        new Actor(r.getString("code"), r.getString("country"), r.getString("actor_group"),
                                r.getString("name")), Mention.Via.of(r.getString("via")), r.getString("sponsor")));
            }
        }
        List<Event> events = new ArrayList<>();
        try (ResultSet r = query("SELECT * FROM event_mentions WHERE article_id = ?"
                + " ORDER BY sentence, trigger_start, id", id)) {
            while (r.next()) {
                events.add(event(r));
            }
        }
        List<Quote> quotes = new ArrayList<>();
        try (ResultSet r = query("SELECT * FROM quotes WHERE article_id = ? ORDER BY idx", id)) {
            while (r.next()) {
                Participant speaker = r.getString("speaker_text") == null ? null : new Participant(
                        r.getString("speaker_code"), null, null, r.getString("speaker_name"),
                        r.getString("speaker_text"), -1, -1);
                quotes.add(new Quote(r.getString("text"), r.getInt("start_char"), r.getInt("end_char"), speaker,
                        r.getString("verb")));
            }
        }
        List<Quantity> quantities = new ArrayList<>();
        try (ResultSet r = query("SELECT * FROM quantities WHERE article_id = ? ORDER BY idx", id)) {
            while (r.next()) {
                quantities.add(new Quantity(r.getString("kind"), r.getDouble("low"), r.getDouble("high"),
                        r.getString("unit"), r.getString("text"), r.getInt("start_char"), r.getInt("end_char"),
                        r.getString("event_id")));
            }
        }
        return new Document(a, EnumSet.of(Layer.SENTENCES, Layer.MENTIONS, Layer.EVENTS, Layer.QUOTES,
                Layer.QUANTITIES), sentences, List.of(), List.of(), mentions, events, quotes, quantities, List.of());
    }

    private static Event event(ResultSet r) throws SQLException {
        Date d = r.getDate("date");
        Participant source = new Participant(r.getString("source_code"), r.getString("source_country"),
                r.getString("source_group"), r.getString("source_name"), r.getString("source_text"),
                r.getInt("source_start"), r.getInt("source_end"));
        Participant target = r.getString("target_text") == null ? null : new Participant(r.getString("target_code"),
                r.getString("target_country"), r.getString("target_group"), r.getString("target_name"),
                r.getString("target_text"), r.getInt("target_start"), r.getInt("target_end"));
        Plover plover = r.getString("plover_event") == null ? null : new Plover(r.getString("plover_event"),
                r.getString("plover_mode"), r.getString("plover_context"));
        return new Event(r.getString("id"), r.getString("article_id"), d == null ? null : d.toLocalDate(), source,
                target, r.getString("cameo"), r.getString("root_code"), r.getInt("quad"), r.getDouble("goldstein"),
                plover, r.getInt("sentence"), r.getString("sentence_text"), new TextSpan(r.getString("trigger_text"),
                r.getInt("trigger_start"), r.getInt("trigger_end")), r.getString("rule"), r.getDouble("confidence"), StoredPlace.of(r),
                r.getString("date_precision"), StoredPlace.dateSpan(r));
    }

    private ResultSet query(String sql, String id) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        p.setString(1, id);
        p.closeOnCompletion();
        return p.executeQuery();
    }
}
