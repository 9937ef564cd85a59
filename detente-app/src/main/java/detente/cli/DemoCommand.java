package detente.cli;

import detente.Detente;
import detente.analysis.DyadSummary;
import detente.doc.Event;
import detente.ingest.IngestResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code detente demo}: codes the demo corpus and prints who did what to whom, per dyad. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Code the demo corpus (examples/news) and print a summary per dyad.")
final class DemoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "examples/news",
            description = "The corpus directory (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(corpus)) {
            err.println("detente: demo corpus " + corpus + ": not a directory (run from the repository root)");
            return 2;
        }
        IngestResult read = InputOptions.readDefaults(err, List.of(corpus.toString()));
        List<Event> events = new ArrayList<>();
        long t0 = System.nanoTime();
        CodingRun run = new CodingRun(options.pipeline(Detente.nlp()), options.threads, err,
                System.console() != null);
        int failed = run.run(read.articles(), d -> events.addAll(d.events()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "Coded %d articles from %s into %d events in %.1f s.%n%n", read.articles().size(),
                corpus, events.size(), seconds);
        out.printf("%-24s %7s %12s %9s %10s%n", "dyad", "events", "cooperation", "conflict", "goldstein");
        for (DyadSummary.Row row : DyadSummary.of(events)) {
            out.printf(Locale.ROOT, "%-24s %7d %12d %9d %10.1f%n", row.a() + " – " + row.b(), row.events(),
                    row.cooperation(), row.conflict(), row.goldstein());
        }
        out.println();
        out.println("Try: ./detente code --format table examples/news/*.txt");
        out.println("     ./detente explain \"Pakistan launched airstrikes on Iran.\" --date 2024-01-18");
        return read.failures().isEmpty() && failed == 0 ? 0 : 1;
    }
}
