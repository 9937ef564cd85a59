package detente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import detente.Detente;
import detente.ingest.IngestOptions;
import detente.ingest.SourceFetcher;
import detente.pipeline.Pipeline;
import detente.server.Server;
import detente.store.Store;
import detente.watch.StoreIngest;
import detente.watch.WatchedSource;
import detente.watch.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code detente bench watch}: a synthetic news site on 127.0.0.1 publishes N articles a minute; a server and a
 * watcher run in this process over a temporary store, as {@code serve --watch} does; a client polls the API's
 * article list. Per article: the time from its appearance in the feed to its being listed by the API (its events
 * are stored in the same transaction, so they are visible from then on). For each rate: median, p99, throughput,
 * and the backlog (published, not yet visible) over time with its slope over the second half of the run.
 */
@Command(name = "watch",
        description = "Feed-to-API latency of serve --watch against a synthetic feed on 127.0.0.1 at several rates.")
final class BenchWatchCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--rates", split = ",", paramLabel = "N", defaultValue = "10,100,1000",
            description = "Articles published per minute, one run each (default: ${DEFAULT-VALUE}).")
    List<Integer> rates;

    @Option(names = "--minutes", paramLabel = "M", defaultValue = "3",
            description = "Minutes of publishing per rate (default: ${DEFAULT-VALUE}).")
    double minutes;

    @Option(names = "--drain", paramLabel = "SECONDS", defaultValue = "180",
            description = "After publishing stops, how long to wait for the rest to become visible (default: ${DEFAULT-VALUE}).")
    int drainSeconds;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "10",
            description = "The feed's poll interval (default: ${DEFAULT-VALUE}).")
    int intervalSeconds;

    @Option(names = "--feed-size", paramLabel = "N", defaultValue = "300",
            description = "Items the feed lists (default: ${DEFAULT-VALUE}).")
    int feedSize;

    @Option(names = "--soak", paramLabel = "MINUTES", defaultValue = "0",
            description = "Instead of the rates: a soak run this long at --soak-rate, with --restarts restarts of the"
                    + " watcher, a feed that errors, one that stalls and one that serves the same items under new URLs.")
    double soakMinutes;

    @Option(names = "--soak-rate", paramLabel = "N", defaultValue = "30",
            description = "Articles a minute in the soak run (default: ${DEFAULT-VALUE}).")
    int soakRate;

    @Option(names = "--restarts", paramLabel = "N", defaultValue = "3",
            description = "Restarts of the watcher during the soak run (default: ${DEFAULT-VALUE}).")
    int restarts;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    /** One published article: when it entered the feed and when the API first listed it (0: not yet). */
    private static final class Timing {
        final long published;
        volatile long visible;

        Timing(long published) {
            this.published = published;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long m = System.nanoTime();
        Pipeline pipeline = options.pipeline(Detente.nlp());
        out.printf(Locale.ROOT, "models loaded in %.1f s; %d coding threads; poll interval %d s; %.1f min per rate%n",
                (System.nanoTime() - m) / 1e9, options.threads, intervalSeconds, minutes);
        if (soakMinutes > 0) {
            soak(out, pipeline);
            return 0;
        }
        out.println("rate/min  published  visible  median s  p99 s   max s  visible/min  backlog slope/min  RSS MB");
        out.flush();
        for (int rate : rates) {
            run(out, pipeline, rate);
        }
        return 0;
    }

    private void run(PrintWriter out, Pipeline pipeline, int rate) throws Exception {
        Path dir = Files.createTempDirectory("detente-bench-watch");
        Map<String, Timing> timings = new ConcurrentHashMap<>();
        List<long[]> backlog = new ArrayList<>();
        try (SyntheticNews site = new SyntheticNews(rate, feedSize);
             Server server = Server.create(c -> {
                 c.port = 0;
                 c.dataDir = dir;
                 c.pipeline = () -> pipeline;
             }).start()) {
            Store connection = server.newConnection();
            Watcher watcher = new Watcher(List.of(new WatchedSource("synthetic", site.feedUrl(),
                    SourceFetcher.Kind.FEED, Duration.ofSeconds(intervalSeconds), List.of())),
                    new SourceFetcher(IngestOptions.defaults(), Duration.ZERO, false, feedSize),
                    new StoreIngest(() -> pipeline, options.threads, connection), connection,
                    new Watcher.Settings(2, 1000, 2000, 64, Duration.ofMinutes(5)), line -> { },
                    Clock.systemUTC()).start();
            AtomicBoolean observing = new AtomicBoolean(true);
            Thread observer = new Thread(() -> observe(server.url(), timings, observing), "bench-watch-observer");
            observer.start();
            long start = System.nanoTime();
            long publishNanos = (long) (minutes * 60e9);
            long gap = (long) (60e9 / rate);
            long nextSample = start;
            for (long t = start; t < start + publishNanos; t += gap) {
                sleepUntil(t);
                timings.put(site.publish(), new Timing(System.nanoTime()));
                if (System.nanoTime() >= nextSample) {
                    backlog.add(new long[] {System.nanoTime() - start, pending(timings)});
                    nextSample += 10_000_000_000L;
                }
            }
            long drainEnd = System.nanoTime() + drainSeconds * 1_000_000_000L;
            while (pending(timings) > 0 && System.nanoTime() < drainEnd) {
                Thread.sleep(250);
            }
            observing.set(false);
            observer.join();
            watcher.close();
            connection.close();
            report(out, rate, timings, backlog, publishNanos);
        } finally {
            deleteTree(dir);
        }
    }

    private Watcher soakWatcher(SyntheticNews site, Store connection, Pipeline pipeline, PrintWriter out) {
        Duration interval = Duration.ofSeconds(intervalSeconds);
        List<WatchedSource> sources = List.of(
                new WatchedSource("synthetic", site.feedUrl(), SourceFetcher.Kind.FEED, interval, List.of()),
                new WatchedSource("renamed", site.url("/renamed.xml"), SourceFetcher.Kind.FEED, interval, List.of()),
                new WatchedSource("erroring", site.url("/error.xml"), SourceFetcher.Kind.FEED, interval, List.of()),
                new WatchedSource("stalling", site.url("/stall.xml"), SourceFetcher.Kind.FEED, interval, List.of()));
        return new Watcher(sources, new SourceFetcher(IngestOptions.defaults()
                .withFetchTimeout(Duration.ofSeconds(10)), Duration.ZERO, false, feedSize),
                new StoreIngest(() -> pipeline, options.threads, connection), connection,
                new Watcher.Settings(4, 1000, 2000, 64, Duration.ofMinutes(5)), line -> { }, Clock.systemUTC());
    }

    /**
     * The soak run: publishing at {@code soakRate} for {@code soakMinutes}, the watcher closed and started again
     * {@code restarts} times at even intervals, one line a minute (RSS, published, stored), then a check that every
     * article is stored exactly once.
     */
    private void soak(PrintWriter out, Pipeline pipeline) throws Exception {
        Path dir = Files.createTempDirectory("detente-bench-soak");
        try (SyntheticNews site = new SyntheticNews(soakRate, feedSize);
             Server server = Server.create(c -> {
                 c.port = 0;
                 c.dataDir = dir;
                 c.pipeline = () -> pipeline;
             }).start()) {
            Store connection = server.newConnection();
            Watcher watcher = soakWatcher(site, connection, pipeline, out).start();
            out.printf(Locale.ROOT, "soak: %.0f min at %d articles/min, %d restarts; feeds: synthetic, renamed (same"
                    + " articles, other URLs), erroring (503), stalling (never answers)%n", soakMinutes, soakRate, restarts);
            out.println("minute  RSS MB  heap MB  published  stored  backlog");
            long start = System.nanoTime();
            long total = (long) (soakMinutes * 60e9);
            long gap = (long) (60e9 / soakRate);
            long segment = total / (restarts + 1);
            int done = 0;
            int published = 0;
            long nextMinute = start;
            for (long t = start; t < start + total; t += gap) {
                sleepUntil(t);
                site.publish();
                published++;
                long now = System.nanoTime();
                if (done < restarts && now - start >= segment * (done + 1)) {
                    watcher.close();
                    connection.close();
                    connection = server.newConnection();
                    watcher = soakWatcher(site, connection, pipeline, out).start();
                    done++;
                    out.printf(Locale.ROOT, "        restart %d at minute %.1f%n", done, (now - start) / 60e9);
                }
                if (now >= nextMinute) {
                    Runtime rt = Runtime.getRuntime();
                    out.printf(Locale.ROOT, "%6.0f  %6d  %7d  %9d  %6d  %7d%n", (now - start) / 60e9, rssMegabytes(),
                            (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024), published, stored(connection),
                            published - stored(connection));
                    out.flush();
                    nextMinute += 60_000_000_000L;
                }
            }
            long drainEnd = System.nanoTime() + drainSeconds * 1_000_000_000L;
            while (stored(connection) < published && System.nanoTime() < drainEnd) {
                Thread.sleep(1000);
            }
            watcher.close();
            out.printf(Locale.ROOT, "published %d; stored %d articles (%d distinct texts; %d under the renamed feed's"
                            + " URLs); RSS %d MB%n", published, stored(connection),
                    scalar(connection, "SELECT count(DISTINCT content_hash) FROM articles"),
                    scalar(connection, "SELECT count(*) FROM articles WHERE id LIKE '%/copy/%'"), rssMegabytes());
            for (String name : List.of("erroring", "stalling", "renamed", "synthetic")) {
                try (var p = connection.connection().prepareStatement("SELECT polls, consecutive_errors, last_error,"
                        + " items_new, articles_stored FROM watch_sources WHERE name = ?")) {
                    p.setString(1, name);
                    try (var r = p.executeQuery()) {
                        if (r.next()) {
                            out.printf(Locale.ROOT, "  %-9s polls %d, errors in a row %d, new items %d, stored %d,"
                                            + " last error: %s%n", name, r.getLong(1), r.getInt(2), r.getLong(4),
                                    r.getLong(5), r.getString(3));
                        }
                    }
                }
            }
            connection.close();
        } finally {
            deleteTree(dir);
        }
    }

    private static long stored(Store s) {
        return scalar(s, "SELECT count(*) FROM articles");
    }

    private static long scalar(Store s, String sql) {
        try (var st = s.connection().createStatement(); var r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long pending(Map<String, Timing> timings) {
        return timings.values().stream().filter(t -> t.visible == 0).count();
    }

    /** Polls the newest articles the API lists and notes when each synthetic article first appears. */
    private static void observe(String base, Map<String, Timing> timings, AtomicBoolean observing) {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/articles?limit=500"))
                .timeout(Duration.ofSeconds(30)).build();
        while (observing.get()) {
            try {
                JsonNode page = json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
                long now = System.nanoTime();
                for (JsonNode a : page.get("items")) {
                    Timing t = timings.get(a.get("id").asText());
                    if (t != null && t.visible == 0) {
                        t.visible = now;
                    }
                }
                Thread.sleep(250);
            } catch (IOException e) {
                // the server is busy: ask again
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void report(PrintWriter out, int rate, Map<String, Timing> timings, List<long[]> backlog,
                               long publishNanos) {
        long[] latencies = timings.values().stream().filter(t -> t.visible > 0)
                .mapToLong(t -> t.visible - t.published).sorted().toArray();
        double slope = slope(backlog.stream().filter(b -> b[0] >= publishNanos / 2).toList());
        long visibleInRun = timings.values().stream().filter(t -> t.visible > 0).count();
        out.printf(Locale.ROOT, "%8d  %9d  %7d  %8.1f  %6.1f  %6.1f  %11.1f  %17.1f  %6d%n", rate, timings.size(),
                visibleInRun, percentile(latencies, 50), percentile(latencies, 99), percentile(latencies, 100),
                visibleInRun / (publishNanos / 60e9), slope, rssMegabytes());
        StringBuilder series = new StringBuilder("          backlog every 10 s:");
        backlog.forEach(b -> series.append(' ').append(b[1]));
        out.println(series);
        out.flush();
    }

    /** Least-squares slope of the backlog against time, in articles per minute. */
    private static double slope(List<long[]> points) {
        if (points.size() < 2) {
            return Double.NaN;
        }
        double n = points.size();
        double mx = points.stream().mapToDouble(p -> p[0] / 60e9).sum() / n;
        double my = points.stream().mapToDouble(p -> p[1]).sum() / n;
        double sxy = 0;
        double sxx = 0;
        for (long[] p : points) {
            double x = p[0] / 60e9 - mx;
            sxy += x * (p[1] - my);
            sxx += x * x;
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100 * sorted.length) - 1))] / 1e9;
    }

    /** Resident memory of this process, from /proc (Linux); -1 elsewhere. */
    static long rssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
