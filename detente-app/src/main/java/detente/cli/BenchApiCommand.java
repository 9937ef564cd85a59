package detente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import detente.Detente;
import detente.doc.Article;
import detente.ingest.ArticleReader;
import detente.ingest.IngestOptions;
import detente.pipeline.Pipeline;
import detente.server.Server;
import detente.store.Ingestion;
import detente.store.Store;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code detente bench api}: requests/s and latency of the dyad timeline endpoint, first idle, then while articles
 * are ingested through the API. Bounded in time, and only against a server it starts on 127.0.0.1 over a
 * temporary store.
 */
@Command(name = "api",
        description = "Load-test the dyad timeline endpoint (idle, then during an ingest) on a local temporary server.")
final class BenchApiCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "examples/news",
            description = "Articles (*.txt): the first half is stored before, the rest ingested during the load (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10", description = "Length of each phase (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "4", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--dyad", arity = "2", paramLabel = "A B", description = "Dyad to ask for (default: IRN TUR).")
    List<String> dyad = List.of("IRN", "TUR");

    @Mixin
    PipelineOptions options = new PipelineOptions();

    /** Latencies of one phase. */
    record Phase(String name, int requests, int errors, double seconds, long[] nanos) {
        double perSecond() {
            return requests / seconds;
        }

        double percentile(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            return nanos[Math.min(nanos.length - 1, (int) Math.ceil(p / 100 * nanos.length) - 1)] / 1e6;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        seconds = Math.max(1, Math.min(seconds, 120));
        List<Article> articles = new ArticleReader(IngestOptions.defaults()).read(List.of(corpus.toString())).articles()
                .stream().filter(a -> a.id().endsWith(".txt")).toList();
        if (articles.size() < 2) {
            spec.commandLine().getErr().println("detente: " + corpus + ": need at least two *.txt articles");
            return 2;
        }
        List<Article> before = articles.subList(0, articles.size() / 2);
        List<Article> during = articles.subList(articles.size() / 2, articles.size());
        Path dir = Files.createTempDirectory("detente-bench-api");
        long m = System.nanoTime();
        Pipeline pipeline = options.pipeline(Detente.nlp());
        out.printf(Locale.ROOT, "models loaded in %.1f s%n", (System.nanoTime() - m) / 1e9);
        try (Store s = Store.open(dir)) {
            new Ingestion(() -> pipeline, options.threads, s).run(before.iterator(), new Ingestion.Listener() {
                @Override
                public void done(int n) {
                }

                @Override
                public void failed(String input, String reason) {
                }
            });
        }
        String token = Server.newToken();
        try (Server server = Server.create(c -> {
            c.host = "127.0.0.1";
            c.port = 0;
            c.dataDir = dir;
            c.adminToken = token;
            c.pipeline = () -> pipeline;
            c.codePerMinute = Integer.MAX_VALUE;
        }).start()) {
            String url = server.url() + "/api/dyads/" + dyad.get(0) + "/" + dyad.get(1) + "?by=day";
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            out.printf("stored %d articles; %d clients on GET %s%n", before.size(), clients, url);
            load(http, url, 1, "warm-up");
            Phase idle = load(http, url, seconds, "idle");
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger ingested = new AtomicInteger();
            Thread ingest = new Thread(() -> ingestAll(http, server.url(), token, during, stop, ingested), "bench-ingest");
            ingest.start();
            Phase busy = load(http, url, seconds, "during ingest");
            stop.set(true);
            ingest.join(120_000);
            for (Phase p : List.of(idle, busy)) {
                out.printf(Locale.ROOT, "%-14s %6d requests in %4.1f s: %7.1f requests/s, p50 %6.2f ms, p99 %7.2f ms,"
                                + " max %7.2f ms, %d errors%n", p.name(), p.requests(), p.seconds(), p.perSecond(),
                        p.percentile(50), p.percentile(99), p.percentile(100), p.errors());
            }
            out.printf("articles ingested through POST /api/ingest during the second phase: %d of %d%n",
                    ingested.get(), during.size());
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    private Phase load(HttpClient http, String url, int phaseSeconds, String name) throws InterruptedException {
        long end = System.nanoTime() + phaseSeconds * 1_000_000_000L;
        List<long[][]> results = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            long[][] box = {new long[1024]};
            int[] n = {0};
            Thread t = new Thread(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
                while (System.nanoTime() < end) {
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (n[0] == box[0].length) {
                        box[0] = Arrays.copyOf(box[0], n[0] * 2);
                    }
                    box[0][n[0]++] = System.nanoTime() - s;
                }
                box[0] = Arrays.copyOf(box[0], n[0]);
            }, "bench-client-" + i);
            threads.add(t);
            results.add(box);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long[] all = results.stream().flatMapToLong(b -> Arrays.stream(b[0])).sorted().toArray();
        return new Phase(name, all.length, errors.get(), elapsed, all);
    }

    private static void ingestAll(HttpClient http, String base, String token, List<Article> articles,
                                  AtomicBoolean stop, AtomicInteger ingested) {
        ObjectMapper json = new ObjectMapper();
        for (Article a : articles) {
            if (stop.get()) {
                return;
            }
            try {
                String body = json.writeValueAsString(Map.of("text", a.text(),
                        "date", a.date() == null ? "" : a.date().toString()));
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    ingested.incrementAndGet();
                }
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
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
