package detente.store;

import detente.doc.Article;
import detente.doc.Document;
import detente.pipeline.Pipeline;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    private final int threads;

    public Recoder(Store store, Pipeline pipeline, int threads) {
        this.store = store;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    public Report run(IntConsumer progress) throws SQLException {
        Connection c = store.connection();
        List<Article> articles = new DocumentReader(store).articles();
        Map<String, String> before = reports(c);
        long eventsBefore = count(c);
        DocumentWriter writer = new DocumentWriter(store);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "detente-recode");
            t.setDaemon(true);
            return t;
        });
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String table : DERIVED) {
                s.execute("DELETE FROM " + table);
            }
            s.execute("DELETE FROM events WHERE origin = 'detente'");
            Deque<Future<Document>> window = new ArrayDeque<>();
            Iterator<Article> it = articles.iterator();
            int done = 0;
            while (it.hasNext() || !window.isEmpty()) {
                while (it.hasNext() && window.size() < threads * 4) {
                    Article a = it.next();
                    window.add(pool.submit(() -> pipeline.process(a)));
                }
                writer.writeDerived(window.poll().get());
                progress.accept(++done);
            }
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
        } catch (ExecutionException e) {
            c.rollback();
            throw new StoreException("recode failed, store unchanged: " + e.getCause(), e);
        } catch (InterruptedException e) {
            c.rollback();
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted, store unchanged", e);
        } finally {
            c.setAutoCommit(true);
            pool.shutdownNow();
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
