package detente.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Documents per second of the job in {@code local[1]} and {@code local[2]} on a Reuters-21578 sample, and the
 * scaling ratio. Models are loaded before timing and a short warm-up run goes first. Usage (see
 * {@code docs/spark.md}): {@code SparkBench [REUTERS_DIR] [STORIES]}; skips with a message when the corpus
 * ({@code ../shared/data/news/reuters21578} above the working directory) is absent.
 */
public final class SparkBench {

    private static final Pattern STORY = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>",
            Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("<DATE>\\s*(\\d{1,2}-[A-Za-z]{3}-\\d{4})");
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
    private static final DateTimeFormatter DAY = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy").toFormatter(Locale.ENGLISH);

    private SparkBench() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = args.length > 0 ? Path.of(args[0]) : find("shared/data/news/reuters21578");
        int stories = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        if (corpus == null || !Files.isDirectory(corpus)) {
            System.out.println("SparkBench: Reuters-21578 not found (../shared/data/news/reuters21578); skipped");
            return;
        }
        Path tmp = Files.createTempDirectory("detente-spark-bench");
        Path input = Files.createDirectories(tmp.resolve("in"));
        int written = writeStories(corpus, stories, input, 8);
        Path warmInput = Files.createDirectories(tmp.resolve("warm"));
        writeStories(corpus, 40, warmInput, 2);
        System.out.printf("SparkBench: %d Reuters stories from %s%n", written, corpus);
        long m = System.nanoTime();
        Pipelines.shared(null);
        System.out.printf("models loaded in %.1f s (not timed)%n", (System.nanoTime() - m) / 1e9);

        SparkSession warm = Sessions.local(2);
        SparkCodingJob.run(warm, JobOptions.of(List.of(warmInput.toString()), tmp.resolve("out-warm").toString()));
        warm.stop();
        double[] rate = new double[3];
        for (int cores = 1; cores <= 2; cores++) {
            SparkSession spark = Sessions.local(cores);
            SparkCodingJob.Summary s = SparkCodingJob.run(spark, JobOptions.of(List.of(input.toString()),
                    tmp.resolve("out-" + cores).toString()));
            spark.stop();
            rate[cores] = s.articles() / s.seconds();
            System.out.printf(Locale.ROOT, "local[%d]: %s%n", cores, s);
        }
        System.out.printf(Locale.ROOT, "documents/s: local[1] %.2f, local[2] %.2f; scaling ratio %.2f%n", rate[1],
                rate[2], rate[2] / rate[1]);
    }

    /** Up to {@code limit} stories with a body as JSON Lines spread over {@code files} files. */
    static int writeStories(Path corpus, int limit, Path dir, int files) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        List<Path> sgm;
        try (Stream<Path> s = Files.list(corpus)) {
            sgm = s.filter(p -> p.getFileName().toString().endsWith(".sgm")).sorted().toList();
        }
        for (Path file : sgm) {
            Matcher m = STORY.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
            while (m.find() && lines.size() < limit) {
                Matcher body = BODY.matcher(m.group(2));
                if (!body.find()) {
                    continue;
                }
                Matcher title = TITLE.matcher(m.group(2));
                Matcher date = DATE.matcher(m.group(2));
                String t = title.find() ? clean(title.group(1)) : null;
                ObjectNode n = json.createObjectNode();
                n.put("id", file.getFileName() + "#" + m.group(1));
                n.put("title", t);
                n.put("date", date.find() ? LocalDate.parse(date.group(1), DAY).toString() : null);
                n.put("source", "Reuters");
                n.put("text", t == null ? clean(body.group(1)) : t + "\n\n" + clean(body.group(1)));
                lines.add(json.writeValueAsString(n));
            }
        }
        for (int f = 0; f < files; f++) {
            try (Writer w = Files.newBufferedWriter(dir.resolve("part-" + f + ".jsonl"))) {
                for (int i = f; i < lines.size(); i += files) {
                    w.write(lines.get(i));
                    w.write('\n');
                }
            }
        }
        return lines.size();
    }

    private static String clean(String s) {
        return s.replaceAll("&#\\d+;", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s*Reuter\\s*$", "").strip();
    }

    private static Path find(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        return null;
    }
}
