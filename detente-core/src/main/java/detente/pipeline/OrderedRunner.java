package detente.pipeline;

import detente.doc.Article;
import detente.doc.Document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Codes many articles on a fixed pool of threads and hands the documents on in input order, so output does not
 * depend on the thread count. At most {@link #window()} articles ({@code 4 × threads}) are in flight at once:
 * articles are pulled from the iterator only as the window frees up, which keeps memory flat on large inputs. An
 * article whose coding throws does not stop the run: the sink hears of it in its place in the order, and the
 * others go on.
 */
public final class OrderedRunner {

    /**
     * Receives, on the calling thread and in input order, each article's document or the reason it failed. What
     * it throws ends the run.
     */
    public interface Sink<X extends Exception> {
        void accept(Article article, Document document) throws X;

        void failed(Article article, Throwable cause) throws X;
    }

    private record Pending(Article article, Future<Document> document) {
    }

    private final int threads;
    private final String threadName;

    /** A runner on {@code threads} threads (at least one), named {@code threadName}. */
    public OrderedRunner(int threads, String threadName) {
        this.threads = Math.max(1, threads);
        this.threadName = threadName;
    }

    /** The most articles pulled from the iterator but not yet handed to the sink. */
    public int window() {
        return threads * 4;
    }

    /** Codes every article with {@code coder} (usually {@code pipeline::process}), calling {@code sink} in order. */
    public <X extends Exception> void run(Iterator<Article> articles, Function<Article, Document> coder,
                                          Sink<X> sink) throws X, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Pending> window = new ArrayDeque<>();
            while (!window.isEmpty() || articles.hasNext()) {
                while (window.size() < window() && articles.hasNext()) {
                    Article article = articles.next();
                    window.add(new Pending(article, pool.submit(() -> coder.apply(article))));
                }
                Pending head = window.poll();
                if (head == null) {
                    continue;
                }
                Document document;
                try {
                    document = head.document().get();
                } catch (ExecutionException e) {
                    sink.failed(head.article(), e.getCause() == null ? e : e.getCause());
                    continue;
                }
                sink.accept(head.article(), document);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A failure in one line, as the commands print it: "IllegalStateException: no parse". */
    public static String reason(Throwable cause) {
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
