package detente.cli;

import detente.Detente;
import detente.store.Ingestion;
import detente.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code detente ingest}: reads, codes and stores articles; safe to re-run and to interrupt. */
@Command(name = "ingest",
        description = "Read, code and store articles (files, directories, URLs). Re-running adds only what is new.")
final class IngestCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] unreadable = {0};
        IngestInputs articles = IngestInputs.open(input.inputs, input.ingestOptions(), input.host, (in, reason) -> {
            unreadable[0]++;
            err.println("\rdetente: " + in + ": " + reason);
        }, (in, warning) -> err.println("\rdetente: warning: " + in + ": " + warning));
        try (Store s = store.openCreating()) {
            Ingestion ingestion = new Ingestion(() -> options.pipeline(Detente.nlp()), options.threads, s,
                    articles::extraction);
            ProgressBar bar = new ProgressBar(err, articles.size(), input.showProgress(articles.size()));
            Ingestion.Summary sum = ingestion.run(articles, new Ingestion.Listener() {
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
            int failed = sum.failed() + unreadable[0];
            out.printf(Locale.ROOT, "ingested into %s: %d new, %d duplicate, %d failed articles; %d event reports,"
                            + " %d new events; %.1f s (%.2f articles/s) + %.1f s loading models%n", store.dataDir, sum.added(),
                    sum.duplicates(), failed, sum.mentions(), sum.newEvents(), sum.seconds(),
                    (sum.added() + sum.duplicates()) / Math.max(sum.seconds(), 1e-9), sum.modelSeconds());
            return failed == 0 ? 0 : 1;
        }
    }
}
