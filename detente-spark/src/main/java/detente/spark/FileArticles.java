package detente.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import detente.doc.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Turns one input file's bytes into articles, by file name: plain text ({@code .txt}, and any unknown
 * extension), HTML ({@code .html}, {@code .htm}), JSON Lines ({@code .jsonl}, {@code .ndjson}), each optionally
 * gzipped ({@code .gz}). Plain text follows {@code detente ingest}: the first line is the title when a blank line
 * follows it, the date comes from the job's {@code --date}, else from a {@code YYYY-MM-DD} prefix of the file name.
 * GDELT event exports ({@code *.export.CSV}) carry no article text and are refused with a reason.
 *
 * <p>The branch this module was written on predates {@code detente.ingest}; when it is merged this class should
 * hand the bytes to its parsers instead (one public {@code (id, bytes, name)} entry point).
 */
final class FileArticles {

    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An input that cannot be turned into articles. */
    static final class InputException extends Exception {
        InputException(String reason) {
            super(reason);
        }
    }

    private FileArticles() {
    }

    /**
     * The file's articles, each as a {@link Source} at its position in the file, then its failures: the whole file
     * as one failed source, or each bad JSON Lines record as {@code path#line}.
     */
    static List<Source> sources(String path, byte[] bytes, LocalDate dateOverride) {
        List<Source> out = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        try {
            for (Article a : read(path, bytes, dateOverride, failures)) {
                out.add(Source.of(path, out.size(), a));
            }
        } catch (InputException | RuntimeException e) {
            failures.put(path, e.getMessage());
        }
        failures.forEach((input, reason) -> out.add(Source.failed(input, out.size(), reason)));
        return out;
    }

    /** The file's articles; a bad JSON Lines record goes to {@code failures} (input id to reason). */
    static List<Article> read(String path, byte[] bytes, LocalDate dateOverride, Map<String, String> failures)
            throws InputException {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
            bytes = gunzip(bytes);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".export.csv") || lower.endsWith(".export.csv.zip")) {
            throw new InputException("GDELT event export: no article text to code (use detente import gdelt)");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new InputException("empty input");
        }
        LocalDate date = dateOverride != null ? dateOverride : dateFromName(name);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return List.of(html(path, text, date));
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return jsonLines(path, text, dateOverride, failures);
        }
        return List.of(plainText(path, text, date));
    }

    /** Title = first line when a blank line follows it; the text keeps every character so offsets stay true. */
    static Article plainText(String id, String text, LocalDate date) {
        String title = null;
        String[] lines = text.split("\n", 3);
        if (lines.length >= 3 && lines[1].isBlank() && !lines[0].isBlank()) {
            title = lines[0].strip();
        }
        return new Article(id, title, date, null, null, null, "en", text);
    }

    /** The page's paragraphs, after its title. */
    private static Article html(String id, String html, LocalDate date) throws InputException {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        String text = page.select("p").stream().map(Element::text).filter(t -> !t.isBlank())
                .collect(Collectors.joining("\n\n"));
        if (text.isBlank()) {
            throw new InputException("no text found");
        }
        String title = page.title().isBlank() ? null : page.title().strip();
        return new Article(id, title, date, null, null, null, "en", title == null ? text : title + "\n\n" + text);
    }

    /** One article per line with a {@code text} field; {@code id} defaults to {@code path#line}. */
    private static List<Article> jsonLines(String path, String text, LocalDate dateOverride,
                                           Map<String, String> failures) {
        List<Article> out = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String line = path + "#" + (i + 1);
            try {
                JsonNode n = JSON.readTree(lines[i]);
                String body = field(n, "text");
                if (body == null || body.isBlank()) {
                    failures.put(field(n, "id") != null ? field(n, "id") : line, "no text");
                    continue;
                }
                String date = field(n, "date");
                out.add(new Article(field(n, "id") != null ? field(n, "id") : line,
                        field(n, "title"), dateOverride != null ? dateOverride : date == null ? null
                        : LocalDate.parse(date.substring(0, Math.min(10, date.length()))), field(n, "url"),
                        field(n, "source"), field(n, "author"),
                        field(n, "language") != null ? field(n, "language") : "en", body));
            } catch (IOException | DateTimeParseException e) {
                failures.put(line, e.getMessage().lines().findFirst().orElse("bad record"));
            }
        }
        return out;
    }

    private static String field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    static LocalDate dateFromName(String name) {
        Matcher m = DATED_NAME.matcher(name);
        if (m.find()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static byte[] gunzip(byte[] bytes) throws InputException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException | UncheckedIOException e) {
            throw new InputException("bad gzip: " + e.getMessage());
        }
    }
}
