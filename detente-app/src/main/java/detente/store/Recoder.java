package detente.store;

import detente.doc.Article;
import detente.doc.Document;
import detente.pipeline.OrderedRunner;
import detente.pipeline.Pipeline;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Re-runs coding over every stored article (after dictionaries change) in one transaction: derived rows and
 * coded events are replaced, imported GDELT events are kept. Reports which event reports appeared, disappeared or
 * changed, a report being identified by article, sentence and trigger offset.
 */
public final class Recoder {

    /** What recoding changed. */
    public record Report(int articles, int appeared, int disappeared, int changed, long eventsBefore,
                         long eventsAfter) {
    }

    private static final List<String> DERIVED = List.of("sentences", "mentions", "quotes", "quantities", "places",
            "event_mentions");

    private final Store store;
    private final Pipeline pipeline;
    private final OrderedRunner runner;

    public Recoder(Store store, Pipeline pipeline, int threads) {
        this.store = store;
        this.pipeline = pipeline;
        this.runner = new OrderedRunner(threads, "detente-recode");
    }

    public Report run(IntConsumer progress) throws SQLException {
        Connection c = store.connection();
        List<Article> articles = new DocumentReader(store).articles();
        Map<String, String> before = reports(c);
        long eventsBefore = count(c);
        DocumentWriter writer = new DocumentWriter(store);
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String table : DERIVED) {
                s.execute("DELETE FROM " + table);
            }
            s.execute("DELETE FROM events WHERE origin = 'detente'");
            int[] done = {0};
            runner.run(articles.iterator(), pipeline::process, new OrderedRunner.Sink<SQLException>() {
                @Override
                public void accept(Article article, Document document) throws SQLException {
                    writer.writeDerived(document);
                    progress.accept(++done[0]);
                }

                @Override
                public void failed(Article article, Throwable cause) {
                    throw new StoreException("recode failed, store unchanged: " + cause, cause);
                }
            });
            Map<String, String> after = reports(c);
            long eventsAfter = count(c);
            c.commit();
            int appeared = 0;
            int changed = 0;
            for (Map.Entry<String, String> e : after.entrySet()) {
                String old = before.get(e.getKey());
                if (old == null) {
                    appeared++;
                } else if (!old.equals(e.getValue())) {
                    changed++;
                }
            }
            int disappeared = (int) before.keySet().stream().filter(k -> !after.containsKey(k)).count();
            return new Report(articles.size(), appeared, disappeared, changed, eventsBefore, eventsAfter);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } catch (InterruptedException e) {
            c.rollback();
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted, store unchanged", e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Event reports keyed by article, sentence and trigger, valued by code and dyad. */
    private static Map<String, String> reports(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT article_id, sentence, trigger_start, cameo, source_code,"
                     + " target_code FROM event_mentions")) {
            while (r.next()) {
                out.merge(r.getString(1) + "\t" + r.getInt(2) + "\t" + r.getInt(3),
                        r.getString(4) + " " + r.getString(5) + " " + r.getString(6), (x, y) -> x.compareTo(y) < 0
                                ? x + ";" + y : y + ";" + x);
            }
        }
        return out;
    }

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM events WHERE origin = 'detente'")) {
            r.next();
            return r.getLong(1);
        }
    }
}
