package detente.spark;

import detente.cli.Main;
import detente.store.Store;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job in {@code local[2]} on the demo corpus against {@code detente ingest} on the same files: the same coded
 * reports, the same deduplicated events, and Parquet that {@code detente attach} reads with the export's schema.
 */
class SparkCodingJobIT {

    private static SparkSession spark;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        spark = Sessions.local(2);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static Path demoCorpus() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/news"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("examples/news above the working directory").isNotNull();
        return dir.resolve("examples/news");
    }

    @Test
    void sameEventsAsIngestOnTheDemoCorpus() throws Exception {
        Path news = demoCorpus();
        Path ingested = tmp.resolve("ingested");
        assertThat(Main.run("ingest", news.toString(), "--data", ingested.toString(), "--threads", "2")).isZero();

        Path out = tmp.resolve("spark-out");
        SparkCodingJob.Summary summary = SparkCodingJob.run(spark,
                JobOptions.of(List.of(news + "/*"), out.toString()));
        assertThat(summary.failed()).isZero();
        Path attached = tmp.resolve("attached");
        assertThat(Main.run("attach", out.toString(), "--data", attached.toString())).isZero();

        String reports = "SELECT regexp_extract(article_id, '[^/]+$') || ' ' || sentence || ' ' || trigger_start"
                + " || '-' || trigger_end || ' ' || cameo || ' ' || coalesce(source_code, '-') || ' '"
                + " || coalesce(target_code, '-') FROM event_mentions";
        List<String> expected = query(ingested, reports);
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(query(attached, reports)).containsExactlyInAnyOrderElementsOf(expected);

        String events = "SELECT global_id || ' ' || regexp_extract(first_article, '[^/]+$') || ' '"
                + " || coalesce(date::VARCHAR, '-') || ' ' || source_key || ' ' || coalesce(target_key, '-') || ' '"
                + " || cameo || ' ' || num_mentions"
                + " || ' ' || num_articles || ' ' || num_sources || ' ' || coalesce(place, '-') FROM events";
        List<String> expectedEvents = query(ingested, events);
        assertThat(query(attached, events)).containsExactlyInAnyOrderElementsOf(expectedEvents);
        assertThat(summary.events()).isEqualTo(expectedEvents.size()).isLessThan(expected.size());
        assertThat(query(attached, "SELECT count(*) FROM articles"))
                .containsExactlyElementsOf(query(ingested, "SELECT count(*) FROM articles"));
        assertThat(query(attached, "SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM"
                + " event_mentions)")).containsExactly("0");

        // The events table has exactly the columns and types of detente export parquet.
        Path export = tmp.resolve("export");
        assertThat(Main.run("export", "parquet", "--out", export.toString(), "--data", ingested.toString()))
                .isZero();
        String describe = "SELECT column_name || ' ' || column_type FROM (DESCRIBE SELECT * FROM"
                + " read_parquet('%s/**/*.parquet', hive_partitioning = true))";
        assertThat(query(ingested, describe.formatted(out.resolve("events"))))
                .containsExactlyElementsOf(query(ingested, describe.formatted(export)));
    }

    @Test
    void aFailedInputIsRecordedAndTheRestIsCoded() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("bad-input"));
        Files.copy(demoCorpus().resolve("2024-01-16-iraq-recalls-ambassador-from-tehran.txt"),
                in.resolve("2024-01-16-good.txt"));
        Files.copy(demoCorpus().resolve("2024-01-17-pakistan-recalls-ambassador-after-iranian-strike.txt"),
                in.resolve("undated.txt"));
        Files.writeString(in.resolve("empty.txt"), "  \n");
        Files.writeString(in.resolve("20191024143000.export.CSV"), "1\t2\n");
        Files.writeString(in.resolve("feed.jsonl"), "{\"id\": \"j1\", \"text\": \"\"}\n");
        Path out = tmp.resolve("bad-out");
        SparkCodingJob.Summary summary = SparkCodingJob.run(spark, JobOptions.of(List.of(in.toString()),
                out.toString()));
        assertThat(summary.articles()).isEqualTo(2);
        assertThat(summary.failed()).isEqualTo(3);
        List<String> errors = new ArrayList<>();
        for (Row r : spark.read().parquet(out.resolve("errors").toString()).collectAsList()) {
            errors.add(r.getString(0).replaceAll(".*/", "") + ": " + r.getString(1));
        }
        // The same reasons detente ingest gives for the same inputs.
        assertThat(errors).containsExactlyInAnyOrder("empty.txt: empty (only whitespace)",
                "20191024143000.export.CSV: GDELT event export: no article text to code (use detente import gdelt)",
                "feed.jsonl:line 1: no \"text\" or \"html\"");

        // Undated rows land in Spark's null partition, which attach reads back as a NULL date.
        Path attached = tmp.resolve("bad-attached");
        assertThat(Main.run("attach", out.toString(), "--data", attached.toString())).isZero();
        assertThat(query(attached, "SELECT regexp_extract(id, '[^/]+$') || ' ' || coalesce(date::VARCHAR, '-')"
                + " FROM articles ORDER BY seq")).containsExactly("2024-01-16-good.txt 2024-01-16", "undated.txt -");
        assertThat(query(attached, "SELECT count(*) FROM event_mentions WHERE date IS NULL")).doesNotContain("0");
    }

    private static List<String> query(Path data, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Store s = Store.openReadOnly(data); Statement st = s.connection().createStatement();
             ResultSet r = st.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
