package detente.spark;

import detente.doc.Article;
import detente.ingest.ArticleReader;
import detente.ingest.IngestOptions;
import detente.ingest.IngestResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one input file's bytes into articles with {@code detente.ingest}'s own readers, by file name, exactly as
 * {@code detente ingest} reads a file: plain text, HTML, feeds and JSON Lines, each optionally gzipped. GDELT event
 * exports ({@code *.export.CSV}) carry no article text and are refused with a reason.
 */
final class FileArticles {

    private FileArticles() {
    }

    /**
     * The file's articles, each as a {@link Source} at its position in the file, then its failures: the whole file
     * as one failed source, or each bad JSON Lines record by its id or {@code path#line}.
     */
    static List<Source> sources(String path, byte[] bytes, LocalDate dateOverride) {
        List<Source> out = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        for (Article a : read(path, bytes, dateOverride, failures)) {
            out.add(Source.of(path, out.size(), a));
        }
        failures.forEach((input, reason) -> out.add(Source.failed(input, out.size(), reason)));
        return out;
    }

    /** The file's articles; inputs that fail go to {@code failures} (input id to reason). */
    static List<Article> read(String path, byte[] bytes, LocalDate dateOverride, Map<String, String> failures) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".export.csv") || lower.endsWith(".export.csv.zip")) {
            failures.put(path, "GDELT event export: no article text to code (use detente import gdelt)");
            return List.of();
        }
        // Feed items are not fetched on executors: a cluster job reads what it was given.
        IngestOptions options = IngestOptions.defaults().withFetchFeedLinks(false);
        if (dateOverride != null) {
            options = options.withDate(dateOverride);
        }
        IngestResult result = new ArticleReader(options).readBytes(path, name, bytes);
        result.failures().forEach(f -> failures.put(f.input(), f.reason()));
        return result.articles();
    }
}
