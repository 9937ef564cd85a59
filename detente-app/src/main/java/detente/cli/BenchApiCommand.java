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
 * {@code detente bench api}: requests/s and latency (p50, p99, max) of the dyad timeline and the overview's
 * endpoints, first idle, then while an ingest runs through {@code POST /api/ingest} for the whole measured phase
 * (the corpus's second half, again and again as new texts, until the phase ends). The store holds the corpus's
 * first half plus {@code --events} generated events (deterministic, spread over two years and 30 countries), so
 * the queries run at a realistic size. Everything is measured twice in the same run, on a server without and then
 * with cached answers, so the two can be compared side by side. Bounded in time, and only against a server it starts on 127.0.0.1 over a
 * temporary store.
 */
@Command(name = "api",
        description = "Load-test the dyad timeline and overview endpoints (idle, then during an ingest) on a local"
                + " temporary server over a store of generated events.")
final class BenchApiCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "examples/news",
            description = "Articles (*.txt): the first half is stored before, the rest ingested during the load (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10", description = "Length of each phase (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--events", paramLabel = "N", defaultValue = "100000",
            description = "Generated events stored before the load, 0 for none (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--dyad", arity = "2", paramLabel = "A B", description = "Dyad to ask for (default: IRN TUR).")
    List<String> dyad = List.of("IRN", "TUR");

    @Mixin
    PipelineOptions options = new PipelineOptions();

    /** The 30 countries generated events fall between. */
    static final List<String> COUNTRIES = List.of("IRN", "TUR", "PAK", "AFG", "IRQ", "SYR", "ISR", "PSE", "SAU",
            "ARE", "QAT", "EGY", "JOR", "LBN", "YEM", "USA", "RUS", "CHN", "IND", "GBR", "FRA", "DEU", "UKR", "AZE",
            "ARM", "GEO", "KAZ", "UZB", "TKM", "OMN");

    /** CAMEO codes of generated events with their QuadClass and Goldstein score (from the CAMEO ontology). */
    static final String GENERATED_CODES = "VALUES ('010', '01', 1, 0.0), ('036', '03', 1, 4.0), ('042', '04', 1, 1.9),"
            + " ('057', '05', 2, 8.0), ('061', '06', 2, 6.4), ('112', '11', 3, -2.0), ('130', '13', 3, -4.4),"
            + " ('173', '17', 4, -5.0), ('190', '19', 4, -10.0), ('195', '19', 4, -10.0)";

    /**
     * Adds {@code n} events: deterministic (a hash of the row number picks countries, code and day over
     * 2022-2023), marked origin 'bench' so nothing mistakes them for coded ones.
     */
    static void generateEvents(Store store, int n) throws java.sql.SQLException {
        String countries = "['" + String.join("', '", COUNTRIES) + "']";
        try (java.sql.Statement st = store.connection().createStatement()) {
            st.execute("CREATE TEMP TABLE bench_codes(cameo VARCHAR, root VARCHAR, quad INTEGER, goldstein DOUBLE)");
            st.execute("INSERT INTO bench_codes " + GENERATED_CODES);
            st.execute("INSERT INTO events (id, global_id, origin, date, source_key, source_code, source_country,"
                    + " target_key, target_code, target_country, cameo, base_code, root_code, quad, goldstein,"
                    + " num_mentions, num_sources, num_articles, added_at)"
                    + " SELECT 'bench-' || i, 900000000 + i, 'bench', DATE '2022-01-01' + CAST(h % 730 AS INTEGER),"
                    + " s, s, s, t, t, t, c.cameo, c.cameo, c.root, c.quad, c.goldstein, 1, 1, 1, TIMESTAMP '2024-01-01'"
                    + " FROM (SELECT i, h, " + countries + "[1 + CAST(h % 30 AS INTEGER)] AS s,"
                    + " " + countries + "[1 + CAST((h % 30 + 1 + (h // 30) % 29) % 30 AS INTEGER)] AS t,"
                    + " CAST((h // 870) % 10 AS INTEGER) AS k"
                    + " FROM (SELECT i, hash(i) AS h FROM range(" + n + ") r(i))) g"
                    + " JOIN (SELECT *, row_number() OVER (ORDER BY cameo) - 1 AS k FROM bench_codes) c USING (k)");
            st.execute("DROP TABLE bench_codes");
            st.execute("CHECKPOINT");
        }
    }

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
        long generated;
        try (Store s = Store.open(dir)) {
            if (events > 0) {
                generateEvents(s, events);
            }
            try (java.sql.Statement st = s.connection().createStatement();
                 java.sql.ResultSet r = st.executeQuery("SELECT count(*) FROM events")) {
                r.next();
                generated = r.getLong(1);
            }
            new Ingestion(() -> pipeline, options.threads, s).run(before.iterator(), new Ingestion.Listener() {
                @Override
                public void done(int n) {
                }

                @Override
                public void failed(String input, String reason) {
                }
            });
        }
        out.printf("stored %d events (%d generated) and %d articles; %d clients per endpoint%n",
                generated, events, before.size(), clients);
        AtomicInteger passes = new AtomicInteger();
        try {
            for (boolean cached : new boolean[] {false, true}) {
                measure(out, dir, pipeline, cached, during, passes);
            }
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    /**
     * One server over the store, with or without cached answers: each endpoint idle, then each endpoint while
     * one thread ingests through the API for as long as the phases last.
     */
    private void measure(PrintWriter out, Path dir, Pipeline pipeline, boolean cached, List<Article> during,
                         AtomicInteger passes) throws InterruptedException {
        String token = Server.newToken();
        String label = cached ? "cached" : "uncached";
        try (Server server = Server.create(c -> {
            c.host = "127.0.0.1";
            c.port = 0;
            c.dataDir = dir;
            c.adminToken = token;
            c.pipeline = () -> pipeline;
            c.codePerMinute = Integer.MAX_VALUE;
            c.cacheAnswers = cached;
        }).start()) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            Map<String, String> endpoints = new java.util.LinkedHashMap<>();
            endpoints.put("dyad timeline", server.url() + "/api/dyads/" + dyad.get(0) + "/" + dyad.get(1) + "?by=day");
            endpoints.put("overview counts", server.url() + "/api/events/counts?by=week");
            endpoints.put("overview top", server.url() + "/api/dyads/top?order=volume&limit=8");
            List<Phase> phases = new ArrayList<>();
            for (Map.Entry<String, String> e : endpoints.entrySet()) {
                load(http, e.getValue(), 2, "warm-up");
                phases.add(load(http, e.getValue(), seconds, label + " " + e.getKey() + ", idle"));
            }
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger ingested = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            Thread ingest = new Thread(() -> ingestUntilStopped(http, server.url(), token, during, stop, passes,
                    ingested, failed), "bench-ingest");
            ingest.start();
            long ingestStart = System.nanoTime();
            for (Map.Entry<String, String> e : endpoints.entrySet()) {
                phases.add(load(http, e.getValue(), seconds, label + " " + e.getKey() + ", ingesting"));
            }
            boolean ranThrough = ingest.isAlive();
            double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
            stop.set(true);
            ingest.join(180_000);
            for (Phase p : phases) {
                out.printf(Locale.ROOT, "%-37s %6d requests in %4.1f s: %7.1f requests/s, p50 %6.2f ms,"
                                + " p99 %7.2f ms, max %7.2f ms, %d errors%n", p.name(), p.requests(), p.seconds(),
                        p.perSecond(), p.percentile(50), p.percentile(99), p.percentile(100), p.errors());
            }
            out.printf(Locale.ROOT, "%s: ingest through POST /api/ingest: %d articles stored (%d failed) in %.1f s;"
                    + " %s%n", label, ingested.get(), failed.get(), ingestSeconds,
                    ranThrough ? "it ran through every measured phase" : "IT STOPPED BEFORE THE PHASES ENDED");
            out.flush();
        }
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

    /**
     * Ingests the articles through the API, again and again (each pass's texts made new by a line naming the
     * pass, so none is a duplicate), until {@code stop}.
     */
    private static void ingestUntilStopped(HttpClient http, String base, String token, List<Article> articles,
                                           AtomicBoolean stop, AtomicInteger passes, AtomicInteger ingested,
                                           AtomicInteger failed) {
        ObjectMapper json = new ObjectMapper();
        while (!stop.get()) {
            int pass = passes.getAndIncrement();
            for (Article a : articles) {
                if (stop.get()) {
                    return;
                }
                try {
                    String text = pass == 0 ? a.text() : a.text() + "\n\n(bench pass " + pass + ")";
                    String body = json.writeValueAsString(Map.of("text", text,
                            "date", a.date() == null ? "" : a.date().toString()));
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    (r.statusCode() == 201 ? ingested : failed).incrementAndGet();
                } catch (IOException e) {
                    failed.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
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
