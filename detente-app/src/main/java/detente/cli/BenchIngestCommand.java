package detente.cli;

import detente.Detente;
import detente.doc.Article;
import detente.ingest.IngestResult;
import detente.pipeline.Pipeline;
import detente.store.Ingestion;
import detente.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code detente bench ingest}: ingest throughput (articles/s, models already loaded) and store growth per
 * 1,000 articles, each corpus into a fresh store in a temporary directory. Growth is measured over the second
 * half of the corpus, after a checkpoint, so DuckDB's fixed per-table blocks do not dominate small corpora.
 */
@Command(name = "ingest",
        description = "Measure ingest throughput and store growth on the demo corpus and a Reuters-21578 sample.")
final class BenchIngestCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "examples/news",
            description = "Plain-text corpus (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--reuters", paramLabel = "DIR", description = "Directory of Reuters-21578 reut2-*.sgm files.")
    Path reuters;

    @Option(names = "--stories", paramLabel = "N", defaultValue = "500",
            description = "Reuters stories to ingest (default: ${DEFAULT-VALUE}).")
    int stories;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Override
    public Integer call() throws IOException, SQLException {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Pipeline pipeline = options.pipeline(Detente.nlp());
        out.printf(Locale.ROOT, "model and dictionary loading: %.1f s; %d threads%n", (System.nanoTime() - t0) / 1e9,
                options.threads);
        out.printf("%-24s %8s %8s %10s %10s %12s %14s%n", "corpus", "articles", "events", "seconds", "articles/s",
                "store bytes", "growth/1000");
        IngestResult read = InputOptions.readDefaults(spec.commandLine().getErr(), List.of(corpus.toString()));
        run(out, corpus.toString(), read.articles(), pipeline);
        if (reuters != null) {
            run(out, "reuters21578 (" + stories + ")", ReutersSgml.read(reuters, stories), pipeline);
        }
        return 0;
    }

    /** Ingests the first half, then the second; growth is measured over the second half (after warm-up). */
    private void run(PrintWriter out, String name, List<Article> articles, Pipeline pipeline)
            throws IOException, SQLException {
        Path dir = Files.createTempDirectory("detente-bench");
        try (Store store = Store.open(dir)) {
            int half = articles.size() / 2;
            Ingestion.Summary first = ingest(store, articles.subList(0, half), pipeline);
            checkpoint(store);
            long halfBytes = store.sizeBytes();
            Ingestion.Summary second = ingest(store, articles.subList(half, articles.size()), pipeline);
            checkpoint(store);
            long bytes = store.sizeBytes();
            int added = first.added() + second.added();
            double seconds = first.seconds() + second.seconds();
            out.printf(Locale.ROOT, "%-24s %8d %8d %10.1f %10.2f %12d %14d%n", name, added,
                    first.newEvents() + second.newEvents(), seconds, added / seconds, bytes,
                    Math.round((bytes - halfBytes) * 1000.0 / Math.max(1, second.added())));
            out.flush();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Ingestion.Summary ingest(Store store, List<Article> articles, Pipeline pipeline) {
        return new Ingestion(() -> pipeline, options.threads, store).run(articles.iterator(),
                new Ingestion.Listener() {
                    @Override
                    public void done(int n) {
                    }

                    @Override
                    public void failed(String input, String reason) {
                        spec.commandLine().getErr().println("detente: " + input + ": " + reason);
                    }
                });
    }

    private static void checkpoint(Store store) throws SQLException {
        try (Statement s = store.connection().createStatement()) {
            s.execute("CHECKPOINT");
        }
    }
}
