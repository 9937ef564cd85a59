package detente.cli;

import detente.doc.Article;
import detente.doc.Document;
import detente.pipeline.Pipeline;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs a pipeline over many articles in parallel and hands the documents on in input order, so output is
 * deterministic whatever the thread count. Failures are reported one line each and counted.
 */
final class CodingRun {

    private final Pipeline pipeline;
    private final int threads;
    private final PrintWriter err;
    private final boolean progress;

    CodingRun(Pipeline pipeline, int threads, PrintWriter err, boolean progress) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.err = err;
        this.progress = progress;
    }

    /**
     * What {@code code}, {@code annotate} and {@code actors unknown} share: read the inputs, code them in
     * parallel, hand each document to {@code sink} in input order. Returns the exit code: 0, or 1 when any input
     * failed.
     */
    static int codeInputs(InputOptions input, PipelineOptions options, PrintWriter err, Consumer<Document> sink) {
        detente.ingest.IngestResult read = input.read(err);
        int failed = 0;
        if (!read.articles().isEmpty()) {
            CodingRun run = new CodingRun(options.pipeline(detente.Detente.nlp()), options.threads, err,
                    input.showProgress(read.articles().size()));
            failed = run.run(read.articles(), sink);
        }
        return read.failures().isEmpty() && failed == 0 ? 0 : 1;
    }

    /** Processes all articles, calling {@code sink} in input order; returns the number that failed. */
    int run(List<Article> articles, Consumer<Document> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "detente-coder");
            t.setDaemon(true);
            return t;
        });
        try {
            // A bounded window keeps memory flat on large inputs while preserving order.
            int window = threads * 4;
            List<Future<Document>> pending = new ArrayList<>();
            int next = 0;
            int done = 0;
            int failed = 0;
            ProgressBar bar = new ProgressBar(err, articles.size(), progress);
            while (done < articles.size()) {
                while (next < articles.size() && pending.size() < window) {
                    Article article = articles.get(next++);
                    pending.add(pool.submit(() -> pipeline.process(article)));
                }
                Future<Document> head = pending.remove(0);
                Article article = articles.get(done);
                try {
                    sink.accept(head.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    failed++;
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    err.println("detente: " + article.id() + ": " + cause.getClass().getSimpleName() + ": "
                            + cause.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
                bar.update(++done);
            }
            bar.finish();
            return failed;
        } finally {
            pool.shutdownNow();
        }
    }
}
