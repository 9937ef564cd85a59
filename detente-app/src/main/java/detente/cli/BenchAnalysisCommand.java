package detente.cli;

import detente.analysis.Analysis;
import detente.analysis.DyadQuery;
import detente.analysis.TopDyad;
import detente.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * {@code detente bench analysis}: generates N synthetic events into a fresh store in a temporary directory
 * (DuckDB {@code INSERT … SELECT} over {@code range()}, pseudo-random columns from {@code hash()}), then times the
 * analysis calls; each figure is the median of several runs after a warm-up run.
 */
@Command(name = "analysis",
        description = "Measure dyad timeline, alerts, top dyads and network speed on N generated events.")
final class BenchAnalysisCommand implements Callable<Integer> {

    static final LocalDate START = LocalDate.of(2020, 1, 1);
    static final int DAYS = 5 * 365;
    static final int COUNTRIES = 200;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", defaultValue = "10000000",
            description = "Events to generate (default: ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "7", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Keep the generated store in DIR and reuse it when it already has events (default: a"
                    + " temporary directory, deleted afterwards).")
    Path keep;

    @Override
    public Integer call() throws IOException, SQLException {
        if (runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1, not " + runs);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = keep != null ? keep : Files.createTempDirectory("detente-bench-analysis");
        try (Store store = Store.open(dir)) {
            long t0 = System.nanoTime();
            try (Statement s = store.connection().createStatement();
                 var r = s.executeQuery("SELECT count(*) FROM events")) {
                r.next();
                if (r.getLong(1) == 0) {
                    s.execute(generate(events));
                    s.execute("CHECKPOINT");
                    out.printf(Locale.ROOT, "generated %,d events over %d days and %d countries in %.1f s%n",
                            events, DAYS, COUNTRIES, (System.nanoTime() - t0) / 1e9);
                } else {
                    out.printf(Locale.ROOT, "reusing %,d events in %s%n", r.getLong(1), dir);
                }
            }
            out.printf(Locale.ROOT, "store file: %,d bytes%n", store.sizeBytes());
            Analysis analysis = new Analysis(store);
            LocalDate last = START.plusDays(DAYS - 1);
            TopDyad busiest = analysis.topDyads(null, null, 1).get(0);
            out.printf(Locale.ROOT, "busiest dyad in the last 90 days: %s-%s (%d events)%n", busiest.a(), busiest.b(),
                    busiest.events());
            DyadQuery all = new DyadQuery(busiest.a(), busiest.b(), null, null, null, false, null);
            DyadQuery year = new DyadQuery(busiest.a(), busiest.b(), last.minusYears(1), last, null, false,
                    detente.analysis.Period.DAY);
            out.printf(Locale.ROOT, "%-40s %9s %9s  %s%n", "call (median of " + runs + ")", "wall ms", "cpu ms",
                    "result");
            time(out, "dyad timeline, all 5 years, weekly", () -> analysis.dyad(all).events() + " events");
            time(out, "dyad timeline, last year, daily", () -> analysis.dyad(year).events() + " events");
            time(out, "alerts, last 4 weeks", () -> analysis.alerts(null).size() + " alerts");
            time(out, "alerts, last 26 weeks", () -> analysis.alerts(last.minusWeeks(26)).size() + " alerts");
            time(out, "top dyads, last 90 days", () -> analysis.topDyads(null, null, 20).size() + " dyads");
            time(out, "network, last 90 days", () -> {
                var n = analysis.network(null, null);
                return n.edges().size() + " ties, " + n.triads() + " triads";
            });
            time(out, "actor profile, last year", () -> analysis.actor(busiest.a(), last.minusYears(1), last)
                    .trend().size() + " weeks");
        } finally {
            if (keep == null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return 0;
    }

    /**
     * The generating statement: dates rise with the row number (as ingest order roughly follows news dates),
     * actors are skewed towards low country numbers (u² of a uniform u), CAMEO roots are uniform and QuadClass and
     * Goldstein follow from the root.
     */
    static String generate(long n) {
        return "INSERT INTO events (id, global_id, origin, date, source_key, source_code, source_country,"
                + " target_key, target_code, target_country, cameo, base_code, root_code, quad, goldstein,"
                + " num_mentions, num_sources, num_articles, added_at)"
                + " SELECT 'bench-' || i, i, 'gdelt', DATE '" + START + "' + CAST(i * " + DAYS + " // " + n
                + " AS INTEGER), s, s, s, t, t, t, r || '0', r || '0', r,"
                + " CASE WHEN rn <= 5 THEN 1 WHEN rn <= 8 THEN 2 WHEN rn <= 13 THEN 3 ELSE 4 END,"
                + " [0.0, 2.8, 3.4, 1.0, 3.5, 6.0, 7.0, 5.0, -2.0, -2.0, -2.0, -4.0, -5.0, -6.5, -7.2, -4.0, -5.0,"
                + " -9.0, -10.0, -10.0][rn], 1 + CAST(h3 % 10 AS INTEGER), 1, 1, TIMESTAMP '2025-01-01 00:00:00'"
                + " FROM (SELECT i, s, CASE WHEN t = s THEN 'C' || lpad(CAST((ti + 1) % " + COUNTRIES
                + " AS VARCHAR), 3, '0') ELSE t END AS t, rn, lpad(CAST(rn AS VARCHAR), 2, '0') AS r, h3"
                + " FROM (SELECT i, 'C' || lpad(CAST(si AS VARCHAR), 3, '0') AS s,"
                + " 'C' || lpad(CAST(ti AS VARCHAR), 3, '0') AS t, ti, 1 + CAST(hash(i, 2) % 20 AS INTEGER) AS rn,"
                + " hash(i, 3) AS h3"
                + " FROM (SELECT i, CAST(floor(" + COUNTRIES + " * pow((hash(i, 0) % 1000000) / 1e6, 2)) AS INTEGER)"
                + " AS si, CAST(floor(" + COUNTRIES + " * pow((hash(i, 1) % 1000000) / 1e6, 2)) AS INTEGER) AS ti"
                + " FROM range(" + n + ") r(i))))";
    }

    /** Prints the median wall time and the median process CPU time (all threads, DuckDB's included). */
    private void time(PrintWriter out, String name, Supplier<String> call) {
        call.get();
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        String result = "";
        for (int i = 0; i < runs; i++) {
            long c = cpuNanos();
            long t = System.nanoTime();
            result = call.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (cpuNanos() - c) / 1e6;
        }
        out.printf(Locale.ROOT, "%-40s %9.1f %9.1f  %s%n", name, median(ms), median(cpu), result);
        out.flush();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
