package detente.spark;

import detente.dedup.ContentHash;
import detente.doc.Document;
import detente.pipeline.Pipeline;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.col;

/**
 * Codes a corpus on Spark and writes the store's tables as Parquet (see {@code docs/spark.md}). Stages: read files
 * into articles; drop exact copies and reused ids as {@code detente ingest} does; number articles in input order;
 * code them with one pipeline per executor JVM ({@link Pipelines}); merge reports of the same real-world event
 * ({@link EventDedup}); write {@code articles}, {@code events}, {@code event_mentions} (partitioned by date),
 * {@code quotes}, {@code quantities} and {@code errors}. A file or article that fails becomes an error row.
 */
public final class SparkCodingJob {

    /** What a run did. */
    public record Summary(long articles, long duplicates, long failed, long reports, long events, double seconds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d articles coded, %d duplicates skipped, %d failed; %d event reports,"
                    + " %d events; %.1f s (%.2f articles/s)", articles, duplicates, failed, reports, events, seconds,
                    articles / Math.max(seconds, 1e-9));
        }
    }

    private SparkCodingJob() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("detente-spark: " + e.getMessage() + "\n" + JobOptions.USAGE);
            System.exit(2);
            return;
        }
        // Failed inputs are rows in errors/, not a failed application: a cluster manager must not retry the run.
        SparkSession spark = SparkSession.builder().appName("detente coding").getOrCreate();
        try {
            Summary s = run(spark, options);
            System.out.println("detente-spark: " + s + "; wrote " + options.out()
                    + (s.failed() > 0 ? " (failed inputs and why: " + options.out() + "/errors)" : ""));
        } finally {
            spark.stop();
        }
    }

    public static Summary run(SparkSession spark, JobOptions o) {
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        sc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        int partitions = o.partitions() > 0 ? o.partitions() : sc.defaultParallelism() * 4;
        LocalDate date = o.date();
        String dictionary = o.dictionary();

        JavaRDD<Source> sources = sc.binaryFiles(String.join(",", o.inputs()), partitions)
                .flatMap(f -> read(f._1(), f._2(), date).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Source> readable = sources.filter(s -> s.error() == null);
        // An exact copy of an earlier article is skipped before NLP, as detente ingest does.
        JavaRDD<Source> unique = readable.keyBy(s -> ContentHash.of(s.text())).reduceByKey(Source::first).values();
        // An id reused with another text: the first in input order is coded, the others fail as in the store.
        JavaPairRDD<String, Iterable<Source>> byId = unique.groupBy(Source::id);
        JavaRDD<Source> articles = byId.map(g -> first(g._2()));
        JavaRDD<Row> idErrors = byId.flatMap(g -> reusedIds(g._2()).iterator());

        JavaRDD<Coded> coded = articles.sortBy(Source::order, true, partitions).zipWithIndex()
                .mapPartitions(it -> code(it, dictionary, now))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<EventDedup.Merged> merged = coded.flatMap(c -> c.reports().iterator())
                .groupBy(Report::block, partitions)
                .map(block -> EventDedup.merge(block._2(), now))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Row> events = merged.flatMap(m -> m.events().iterator())
                .sortBy(EventDedup.Draft::order, true, partitions).zipWithIndex()
                .map(e -> EventDedup.withGlobalId(e._1().event(), e._2() + 1));

        JavaRDD<Row> errors = sources.filter(s -> s.error() != null)
                .map(s -> RowFactory.create(s.id(), s.error()))
                .union(idErrors)
                .union(coded.filter(c -> c.error() != null).map(Coded::error));

        write(spark, coded.filter(c -> c.article() != null).map(Coded::article), Tables.ARTICLES, o, "articles",
                "seq");
        write(spark, events, Tables.EVENTS, o, "events", "global_id");
        write(spark, merged.flatMap(m -> m.mentions().iterator()), Tables.EVENT_MENTIONS, o, "event_mentions",
                "article_id", "sentence", "trigger_start");
        write(spark, coded.flatMap(c -> c.quotes().iterator()), Tables.QUOTES, o, "quotes", "article_id", "idx");
        write(spark, coded.flatMap(c -> c.quantities().iterator()), Tables.QUANTITIES, o, "quantities",
                "article_id", "idx");
        write(spark, errors, Tables.ERRORS, o, "errors", "input");

        long codedArticles = coded.filter(c -> c.article() != null).count();
        Summary summary = new Summary(codedArticles, readable.count() - unique.count(), errors.count(),
                merged.map(m -> (long) m.mentions().size()).fold(0L, Long::sum), events.count(),
                (System.nanoTime() - t0) / 1e9);
        merged.unpersist(false);
        coded.unpersist(false);
        sources.unpersist(false);
        return summary;
    }

    private static List<Source> read(String path, org.apache.spark.input.PortableDataStream stream, LocalDate date) {
        try {
            return FileArticles.sources(path, stream.toArray(), date);
        } catch (RuntimeException e) {
            return List.of(Source.failed(path, 0, "cannot read: " + e.getMessage()));
        }
    }

    private static Source first(Iterable<Source> sources) {
        Source first = null;
        for (Source s : sources) {
            first = first == null ? s : Source.first(first, s);
        }
        return first;
    }

    private static List<Row> reusedIds(Iterable<Source> sources) {
        Source first = first(sources);
        List<Row> out = new ArrayList<>();
        for (Source s : sources) {
            if (s != first) {
                out.add(RowFactory.create(s.id(), "article id " + s.id() + " is used by an earlier article"
                        + " with different text (" + first.file() + ")"));
            }
        }
        return out;
    }

    /** Codes a partition one article at a time with this JVM's pipeline; a failure becomes an error row. */
    private static Iterator<Coded> code(Iterator<Tuple2<Source, Long>> in, String dictionary, LocalDateTime now) {
        Pipeline pipeline = Pipelines.shared(dictionary);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public Coded next() {
                Tuple2<Source, Long> t = in.next();
                Source s = t._1();
                try {
                    Document d = pipeline.process(s.article());
                    return DocumentRows.of(d, t._2() + 1, now);
                } catch (RuntimeException | StackOverflowError e) {
                    return Coded.failed(RowFactory.create(s.id(), e.getClass().getSimpleName() + ": "
                            + e.getMessage()));
                }
            }
        };
    }

    private static void write(SparkSession spark, JavaRDD<Row> rows, StructType schema, JobOptions o, String table,
                              String... order) {
        Dataset<Row> df = spark.createDataFrame(rows, schema);
        boolean dated = List.of(schema.fieldNames()).contains(Tables.PARTITION);
        df = dated ? df.repartition(col(Tables.PARTITION)) : df.coalesce(1);
        var writer = df.sortWithinPartitions(order[0], Arrays.copyOfRange(order, 1, order.length)).write()
                .mode(o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        if (dated) {
            writer = writer.partitionBy(Tables.PARTITION);
        }
        writer.parquet(o.out() + "/" + table);
    }
}
