package detente.store;

import detente.dedup.ContentHash;
import detente.doc.Article;
import detente.doc.Document;
import detente.pipeline.OrderedRunner;
import detente.pipeline.Pipeline;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
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

    private final Supplier<Pipeline> pipelineFactory;
    private final OrderedRunner runner;
    private final DocumentWriter writer;
    private final java.util.function.Function<Article, String> extraction;
    private Pipeline pipeline;

    /** The pipeline is built on the first article that is not already stored (loading models takes seconds). */
    public Ingestion(Supplier<Pipeline> pipeline, int threads, Store store) {
        this(pipeline, threads, store, article -> null);
    }

    /** {@code extraction}: JSON stored with each article on how it was read and dated (null: none). */
    public Ingestion(Supplier<Pipeline> pipeline, int threads, Store store,
                     java.util.function.Function<Article, String> extraction) {
        this.extraction = extraction;
        this.pipelineFactory = pipeline;
        this.runner = new OrderedRunner(threads, "detente-ingest");
        this.writer = new DocumentWriter(store);
    }

    public Summary run(Iterator<Article> articles, Listener listener) {
        long t0 = System.nanoTime();
        Run run = new Run(articles, listener);
        try {
            // run.next() builds the pipeline before it hands out the first article to code
            runner.run(run, article -> pipeline.process(article), run);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted", e);
        }
        return new Summary(run.added, run.duplicates, run.failed, run.mentions, run.newEvents,
                (System.nanoTime() - t0 - run.modelNanos) / 1e9, run.modelNanos / 1e9);
    }

    /**
     * One run: yields the articles whose text is neither stored nor seen earlier in the run (the others are counted
     * as duplicates at once), and stores each coded document in its own transaction.
     */
    private final class Run implements Iterator<Article>, OrderedRunner.Sink<RuntimeException> {
        private final Iterator<Article> articles;
        private final Listener listener;
        private final Set<String> seen = new HashSet<>();
        private Article next;
        private int added;
        private int duplicates;
        private int failed;
        private int mentions;
        private int newEvents;
        private int done;
        private long modelNanos;

        Run(Iterator<Article> articles, Listener listener) {
            this.articles = articles;
            this.listener = listener;
        }

        @Override
        public boolean hasNext() {
            while (next == null && articles.hasNext()) {
                Article a = articles.next();
                String hash = ContentHash.of(a.text());
                if (!seen.add(hash) || contains(hash)) {
                    duplicates++;
                    listener.done(++done);
                } else {
                    next = a;
                }
            }
            return next != null;
        }

        @Override
        public Article next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (pipeline == null) {
                long m = System.nanoTime();
                pipeline = pipelineFactory.get();
                modelNanos = System.nanoTime() - m;
            }
            Article a = next;
            next = null;
            return a;
        }

        @Override
        public void accept(Article article, Document document) {
            try {
                DocumentWriter.Result r = writer.write(document, extraction.apply(article));
                if (r.added()) {
                    added++;
                    mentions += r.mentions();
                    newEvents += r.newEvents();
                } else {
                    duplicates++;
                }
            } catch (SQLException | StoreException e) {
                failed++;
                listener.failed(article.id(), "not stored: " + e.getMessage());
            }
            listener.done(++done);
        }

        @Override
        public void failed(Article article, Throwable cause) {
            failed++;
            listener.failed(article.id(), OrderedRunner.reason(cause));
            listener.done(++done);
        }

        private boolean contains(String hash) {
            try {
                return writer.contains(hash);
            } catch (SQLException e) {
                throw new StoreException("store failed: " + e.getMessage(), e);
            }
        }
    }
}
