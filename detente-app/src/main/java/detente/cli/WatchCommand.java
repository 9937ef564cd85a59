package detente.cli;

import detente.Detente;
import detente.ingest.IngestOptions;
import detente.ingest.SourceFetcher;
import detente.store.Store;
import detente.watch.AlertWatch;
import detente.watch.SourceList;
import detente.watch.StoreIngest;
import detente.watch.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code detente watch}: polls feeds, sitemaps and page lists and stores what is new, until interrupted. */
@Command(name = "watch",
        description = "Poll the feeds, sitemaps and page lists of a sources file (OPML or YAML, see docs/watch.md)"
                + " and code and store each new article once; send alerts. Runs until interrupted.")
final class WatchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SOURCES", description = "OPML file (as feed readers export it) or YAML sources file.")
    Path sources;

    @Option(names = "--once", description = "Poll every source once, store what is new, and exit.")
    boolean once;

    @Option(names = "--export-opml", paramLabel = "FILE",
            description = "Write the sources as OPML (for a feed reader) to FILE (- for standard output) and exit.")
    String exportOpml;

    @Mixin
    WatchOptions watch = new WatchOptions();

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceList list = SourceList.read(sources);
        if (exportOpml != null) {
            return exportOpml(list, out);
        }
        try (Store s = store.openLongRunning()) {
            // Run by a server (watch beside serve): its cached API answers go stale with each stored batch.
            Watcher watcher = watch.watcher(list, s, options, err).onBatch((stored, batch) -> store.changed().run());
            out.printf("detente: watching %d sources from %s into %s%s%n", list.sources().size(), sources,
                    store.dataDir, once ? " (once)" : "; stop with Ctrl-C");
            out.flush();
            if (once) {
                boolean done = watcher.runOnce(Duration.ofHours(6));
                watcher.close();
                out.printf("detente: %d new articles stored%s%n", watcher.stored(), done ? "" : " (stopped: took too long)");
                return done ? 0 : 1;
            }
            CountDownLatch stop = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                watcher.close();
                stop.countDown();
            }, "detente-watch-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            watcher.start();
            try {
                stop.await();
            } finally {
                // Interrupted when the caller of a server-run watch goes away: stop here, not at the server's exit.
                watcher.close();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running already
                }
            }
            return 0;
        }
    }

    private int exportOpml(SourceList list, PrintWriter out) {
        String opml = list.toOpml("detente sources from " + sources.getFileName());
        if (exportOpml.equals("-")) {
            out.print(opml);
            out.flush();
            return 0;
        }
        try {
            Files.writeString(Path.of(exportOpml), opml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), exportOpml + ": cannot write ("
                    + e.getMessage() + ")");
        }
        out.println("detente: wrote " + list.sources().stream().filter(x -> x.url() != null).count() + " sources to "
                + exportOpml);
        return 0;
    }

    /** The options {@code watch} and {@code serve --watch} share: limits and politeness. */
    static final class WatchOptions {

        @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10000000",
                description = "Largest feed or page read, in bytes, after decompression (default: ${DEFAULT-VALUE}).")
        long maxBytes;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
                description = "Longest one request may take, connect to last byte (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds;

        @Option(names = "--max-items", paramLabel = "N", defaultValue = "5000",
                description = "Most items read from one listing; a longer feed is cut (default: ${DEFAULT-VALUE}).")
        int maxItems;

        @Option(names = "--ignore-robots", description = "Do not read robots.txt: only for servers you run yourself.")
        boolean ignoreRobots;

        Watcher watcher(SourceList list, Store store, PipelineOptions pipeline, PrintWriter err) {
            IngestOptions ingest = IngestOptions.defaults().withMaxBytes(maxBytes)
                    .withFetchTimeout(Duration.ofSeconds(timeoutSeconds));
            SourceFetcher fetcher = new SourceFetcher(ingest, list.minDelay(), !ignoreRobots, maxItems);
            StoreIngest sink = new StoreIngest(() -> pipeline.pipeline(Detente.nlp()), pipeline.threads, store);
            Watcher watcher = new Watcher(list.sources(), fetcher, sink, store, Watcher.Settings.defaults(),
                    line -> {
                        synchronized (err) {
                            err.println("detente: watch: " + line);
                            err.flush();
                        }
                    }, Clock.systemUTC());
            return watcher.onBatch(new AlertWatch(list.alerts(), line -> {
                synchronized (err) {
                    err.println("detente: alerts: " + line);
                    err.flush();
                }
            }, Clock.systemUTC()));
        }
    }
}
