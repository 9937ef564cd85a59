package detente.cli;

import detente.Detente;
import detente.analysis.DyadSummary;
import detente.doc.Event;
import detente.ingest.IngestOptions;
import detente.store.Ingestion;
import detente.store.Store;
import detente.store.StoredEvents;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code detente demo}: ingests the demo corpus into the store and prints who did what to whom, per dyad. */
@Command(name = "demo",
        description = "Ingest the demo corpus (examples/news) into the store and print a summary per dyad.")
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "examples/news",
            description = "The corpus directory (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--no-serve", description = "Only print the summary; do not serve the dashboard afterwards.")
    boolean noServe;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Dashboard port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws SQLException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(corpus)) {
            err.println("detente: demo corpus " + corpus + ": not a directory (run from the repository root)");
            return 2;
        }
        int[] unreadable = {0};
        IngestInputs articles = IngestInputs.open(List.of(corpus.toString()), IngestOptions.defaults(),
                store.host, (in, reason) -> {
                    unreadable[0]++;
                    err.println("detente: " + in + ": " + reason);
                }, (in, warning) -> { });
        List<Event> events;
        Ingestion.Summary sum;
        try (Store s = store.openCreating()) {
            Ingestion ingestion = new Ingestion(() -> options.pipeline(Detente.nlp()), options.threads, s,
                    articles::extraction);
            ProgressBar bar = new ProgressBar(err, articles.size(), System.console() != null);
            sum = ingestion.run(articles, new Ingestion.Listener() {
                @Override
                public void done(int n) {
                    bar.update(Math.min(n + unreadable[0], articles.size()));
                }

                @Override
                public void failed(String in, String reason) {
                    err.println("\rdetente: " + in + ": " + reason);
                }
            });
            bar.finish();
            events = StoredEvents.reportedIn(s, store.asGiven(corpus));
        }
        out.printf(Locale.ROOT, "Ingested %d articles from %s into %s (%d new, %d already stored) in %.1f s:"
                        + " %d real-world events.%n%n", sum.added() + sum.duplicates(), store.asGiven(corpus),
                store.asGiven(store.dataDir),
                sum.added(), sum.duplicates(), sum.seconds(), events.size());
        out.printf("%-24s %7s %12s %9s %10s%n", "dyad", "events", "cooperation", "conflict", "goldstein");
        for (DyadSummary.Row row : DyadSummary.of(events)) {
            out.printf(Locale.ROOT, "%-24s %7d %12d %9d %10.1f%n", row.a() + " – " + row.b(), row.events(),
                    row.cooperation(), row.conflict(), row.goldstein());
        }
        out.println();
        out.println("Try: ./detente code --format table examples/news/*.txt");
        out.println("     ./detente explain \"Pakistan launched airstrikes on Iran.\" --date 2024-01-18");
        int exit = unreadable[0] == 0 && sum.failed() == 0 ? 0 : 1;
        if (noServe || System.getenv("CI") != null) {
            return exit;
        }
        out.println();
        if (store.servedAt() != null) {
            out.println("Dashboard: " + store.servedAt() + "/ (already running; reload the page)");
            return exit;
        }
        out.println("Dashboard: http://localhost:" + port + "/");
        out.flush();
        ServeCommand.serve(out, "127.0.0.1", port, null, store, options);
        return exit;
    }
}
