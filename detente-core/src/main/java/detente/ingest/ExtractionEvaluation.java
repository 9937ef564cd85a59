package detente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Scores extracted article bodies against human ground truth the way the article-extraction-benchmark does: both
 * texts are split into word tokens ({@code \w+}, Unicode, case kept), tokens are grouped into overlapping shingles
 * of four, and the shingle multisets are compared. Per page, true/false positives and negatives are normalised to
 * sum to one; the report averages precision and recall over pages.
 *
 * <p>Benchmark layout: {@code ground-truth.json} (id to {"articleBody": ...}) and {@code html/<id>.html.gz}.
 */
public final class ExtractionEvaluation {

    /** Shingle size used by the benchmark. */
    public static final int SHINGLE_SIZE = 4;

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private final int shingleSize;

    public ExtractionEvaluation() {
        this(SHINGLE_SIZE);
    }

    /** {@code shingleSize} 1 compares plain token multisets. */
    public ExtractionEvaluation(int shingleSize) {
        if (shingleSize < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1: " + shingleSize);
        }
        this.shingleSize = shingleSize;
    }

    /** Scores one extracted text against its ground truth. */
    public ExtractionScore score(String id, String truth, String extracted) {
        Map<List<String>, Integer> expected = shingles(truth);
        Map<List<String>, Integer> actual = shingles(extracted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> entry : actual.entrySet()) {
            int inTruth = expected.getOrDefault(entry.getKey(), 0);
            tp += Math.min(inTruth, entry.getValue());
            fp += Math.max(0, entry.getValue() - inTruth);
        }
        for (Map.Entry<List<String>, Integer> entry : expected.entrySet()) {
            fn += Math.max(0, entry.getValue() - actual.getOrDefault(entry.getKey(), 0));
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new ExtractionScore(id, tp, fp, fn);
    }

    /** Runs {@code extractor} (HTML in, article text out) over every page of the benchmark in {@code dir}. */
    public ExtractionReport evaluate(Path dir, Function<String, String> extractor) throws IOException {
        List<ExtractionScore> scores = new ArrayList<>();
        for (Map.Entry<String, String> page : groundTruth(dir).entrySet()) {
            String html = readPage(dir, page.getKey());
            scores.add(score(page.getKey(), page.getValue(), extractor.apply(html)));
        }
        return new ExtractionReport(scores);
    }

    /** The benchmark's ground truth, id to article body, sorted by id. */
    public static Map<String, String> groundTruth(Path dir) throws IOException {
        JsonNode root = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, String> truth = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            truth.put(entry.getKey(), entry.getValue().path("articleBody").asText(""));
        }
        return truth;
    }

    /** The page's HTML, decoded as UTF-8 like the benchmark does. */
    public static String readPage(Path dir, String id) {
        Path path = dir.resolve("html").resolve(id + ".html.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark page " + path, e);
        }
    }

    private Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        Map<List<String>, Integer> shingles = new HashMap<>();
        if (tokens.isEmpty()) {
            return shingles;
        }
        int last = Math.max(1, tokens.size() - shingleSize + 1);
        for (int i = 0; i < last; i++) {
            List<String> shingle = List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + shingleSize)));
            shingles.merge(shingle, 1, Integer::sum);
        }
        return shingles;
    }
}
