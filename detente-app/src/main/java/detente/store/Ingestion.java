package detente.store;

import detente.dedup.ContentHash;
import detente.doc.Article;
import detente.doc.Document;
import detente.pipeline.Pipeline;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Codes articles in parallel and stores each one, in input order, in its own transaction. Memory stays bounded:
 * articles are pulled from the iterator only as a window of {@code 4 × threads} frees up. Articles whose text is
 * already stored are skipped before NLP, so re-running after a crash only codes what is missing.
 */
public final class Ingestion {

    /** Counts for the final summary. */
    public record Summary(int added, int duplicates, int failed, int mentions, int newEvents, double seconds,
                          double modelSeconds) {
    }

    /** Hears about each finished article (progress) and each failure (one line each). */
    public interface Listener {
        void done(int articles);

        void failed(String input, String reason);
    }

    private record Pending(Article article, Future<Document> document) {
    }

    private final Supplier<Pipeline> pipelineFactory;
    private final int threads;
    private final DocumentWriter writer;
    private Pipeline pipeline;

    /** The pipeline is built on the first article that is not already stored (loading models takes seconds). */
    public Ingestion(Supplier<Pipeline> pipeline, int threads, Store store) {
        this.pipelineFactory = pipeline;
        this.threads = Math.max(1, threads);
        this.writer = new DocumentWriter(store);
    }

    public Summary run(Iterator<Article> articles, Listener listener) {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "detente-ingest");
            t.setDaemon(true);
            return t;
        });
        int added = 0;
        int duplicates = 0;
        int failed = 0;
        int mentions = 0;
        int newEvents = 0;
        int done = 0;
        long modelNanos = 0;
        Set<String> seen = new HashSet<>();
        Deque<Pending> window = new ArrayDeque<>();
        try {
            while (articles.hasNext() || !window.isEmpty()) {
                while (articles.hasNext() && window.size() < threads * 4) {
                    Article a = articles.next();
                    String hash = ContentHash.of(a.text());
                    if (!seen.add(hash) || writer.contains(hash)) {
                        duplicates++;
                        listener.done(++done);
                        continue;
                    }
                    if (pipeline == null) {
                        long m = System.nanoTime();
                        pipeline = pipelineFactory.get();
                        modelNanos = System.nanoTime() - m;
                    }
                    Pipeline p = pipeline;
                    window.add(new Pending(a, pool.submit(() -> p.process(a))));
                }
                Pending head = window.poll();
                if (head == null) {
                    continue;
                }
                try {
                    DocumentWriter.Result r = writer.write(head.document().get());
                    if (r.added()) {
                        added++;
                        mentions += r.mentions();
                        newEvents += r.newEvents();
                    } else {
                        duplicates++;
                    }
                } catch (ExecutionException e) {
                    failed++;
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    listener.failed(head.article().id(), cause.getClass().getSimpleName() + ": " + cause.getMessage());
                } catch (SQLException | StoreException e) {
                    failed++;
                    listener.failed(head.article().id(), "not stored: " + e.getMessage());
                }
                listener.done(++done);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted", e);
        } catch (SQLException e) {
            throw new StoreException("store failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
        return new Summary(added, duplicates, failed, mentions, newEvents,
                (System.nanoTime() - t0 - modelNanos) / 1e9, modelNanos / 1e9);
    }
}
