package detente.cli;

import detente.doc.Article;
import detente.doc.Document;
import detente.pipeline.OrderedRunner;
import detente.pipeline.Pipeline;

import java.io.PrintWriter;
import java.util.List;
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
        Handoff handoff = new Handoff(sink, new ProgressBar(err, articles.size(), progress));
        try {
            new OrderedRunner(threads, "detente-coder").run(articles.iterator(), pipeline::process, handoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
        handoff.bar.finish();
        return handoff.failed;
    }

    /** Hands each document to the sink, prints each failure in one line, and draws the progress. */
    private final class Handoff implements OrderedRunner.Sink<RuntimeException> {
        private final Consumer<Document> sink;
        private final ProgressBar bar;
        private int done;
        private int failed;

        Handoff(Consumer<Document> sink, ProgressBar bar) {
            this.sink = sink;
            this.bar = bar;
        }

        @Override
        public void accept(Article article, Document document) {
            List<String> cuts = document.sentences().stream().filter(detente.doc.Sentence::cut)
                    .map(s -> String.valueOf(s.start())).toList();
            if (!cuts.isEmpty()) {
                String where = cuts.size() <= 5 ? String.join(", ", cuts)
                        : String.join(", ", cuts.subList(0, 5)) + " … (" + cuts.size() + " cuts)";
                err.println("detente: " + article.id() + ": warning: a sentence longer than "
                        + detente.doc.Sentence.MAX_TOKENS + " tokens was cut at character " + where
                        + "; no event joins the parts");
            }
            sink.accept(document);
            bar.update(++done);
        }

        @Override
        public void failed(Article article, Throwable cause) {
            failed++;
            err.println("detente: " + article.id() + ": " + OrderedRunner.reason(cause));
            bar.update(++done);
        }
    }
}
