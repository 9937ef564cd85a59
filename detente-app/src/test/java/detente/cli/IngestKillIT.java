package detente.cli;

import detente.store.Store;
import detente.store.StoreLockedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Crash safety: a real {@code detente ingest} child process is killed with SIGKILL after its first commits; the
 * store must then hold only whole articles, and a second run must complete the rest.
 */
class IngestKillIT {

    private static final int ARTICLES = 40;
    private static final Pattern PROGRESS = Pattern.compile("(\\d+)/" + ARTICLES + " articles");
    private static final String[][] PAIRS = {{"Pakistan", "Iran"}, {"Turkey", "Israel"}, {"Germany", "France"},
            {"Russia", "Ukraine"}, {"China", "Japan"}};
    private static final String[] VERBS = {"launched airstrikes on", "condemned", "met", "accused", "praised"};

    @TempDir
    Path dir;

    @Test
    void killedIngestLeavesWholeArticlesAndTheNextRunCompletesTheRest() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < ARTICLES; i++) {
            String[] pair = PAIRS[i % PAIRS.length];
            Files.writeString(corpus.resolve(String.format("2024-02-%02d-story-%02d.txt", 1 + i % 28, i)),
                    String.format("Story %d%n%n%s %s %s on day %d. Officials in %s said talks would follow.%n",
                            i, pair[0], VERBS[(i / PAIRS.length) % VERBS.length], pair[1], i, pair[1]));
        }
        Path data = dir.resolve("data");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", System.getProperty("java.class.path"), "detente.cli.Main", "ingest", "--data",
                data.toString(), "--progress", "--threads", "1", corpus.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int seen = waitForProgress(child.getErrorStream(), 3, 240);
        assertThat(seen).as("child committed some articles").isGreaterThanOrEqualTo(3);
        assertThatThrownBy(() -> Store.open(data)).isInstanceOf(StoreLockedException.class)
                .hasMessageContaining("in use by another detente process");
        child.destroyForcibly();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        int stored;
        try (Store store = Store.open(data)) {
            stored = (int) count(store, "SELECT count(*) FROM articles");
            assertThat(stored).isBetween(3, ARTICLES - 1);
            assertWhole(store);
        }

        CliRunner.Result second = CliRunner.run("ingest", "--data", data.toString(), corpus.toString());
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains((ARTICLES - stored) + " new, " + stored + " duplicate, 0 failed");
        try (Store store = Store.open(data)) {
            assertThat(count(store, "SELECT count(*) FROM articles")).isEqualTo(ARTICLES);
            assertWhole(store);
        }
    }

    /** Every article has its sentences; no derived row lacks its article or event; counts match mentions. */
    private static void assertWhole(Store store) throws Exception {
        assertThat(count(store, "SELECT count(*) FROM articles a WHERE NOT EXISTS"
                + " (SELECT 1 FROM sentences s WHERE s.article_id = a.id)")).isZero();
        for (String table : List.of("sentences", "mentions", "event_mentions", "places")) {
            assertThat(count(store, "SELECT count(*) FROM " + table + " t WHERE NOT EXISTS"
                    + " (SELECT 1 FROM articles a WHERE a.id = t.article_id)")).as(table).isZero();
        }
        assertThat(count(store, "SELECT count(*) FROM event_mentions m WHERE NOT EXISTS"
                + " (SELECT 1 FROM events e WHERE e.id = m.event_id)")).isZero();
        assertThat(count(store, "SELECT count(*) FROM events e WHERE origin = 'detente' AND num_mentions <>"
                + " (SELECT count(*) FROM event_mentions m WHERE m.event_id = e.id)")).isZero();
        assertThat(count(store, "SELECT count(*) FROM event_mentions")).isPositive();
    }

    private static long count(Store store, String sql) throws Exception {
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Reads the child's stderr until the progress bar shows {@code atLeast} articles done; returns the count. */
    private static int waitForProgress(InputStream err, int atLeast, int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        StringBuilder tail = new StringBuilder();
        byte[] buf = new byte[4096];
        List<String> lastLines = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            if (err.available() == 0) {
                Thread.sleep(50);
                continue;
            }
            int n = err.read(buf);
            if (n < 0) {
                break;
            }
            tail.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            Matcher m = PROGRESS.matcher(tail);
            int best = -1;
            while (m.find()) {
                best = Integer.parseInt(m.group(1));
            }
            if (best >= atLeast) {
                return best;
            }
            if (tail.length() > 20_000) {
                lastLines.add(tail.substring(tail.length() - 2000));
                tail.delete(0, tail.length() - 2000);
            }
        }
        throw new IOException("no progress from the child within " + timeoutSeconds + " s: " + tail);
    }
}
