package detente.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import detente.doc.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines: one article per line with fields {@code id}, {@code title}, {@code date}, {@code url},
 * {@code source}, {@code author}, {@code language} and {@code text} or {@code html}. A bad line is a failure named
 * "input:line N"; the other lines still count.
 */
final class JsonLinesParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HtmlArticleParser htmlParser = new HtmlArticleParser();
    private final TextNormalizer normalizer = new TextNormalizer();

    /** Articles and failures of the JSON Lines {@code text} read from {@code input}. */
    public void parse(String input, String text, List<Article> articles, List<IngestFailure> failures) {
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = input + ":line " + (i + 1);
            try {
                articles.add(article(MAPPER.readTree(line)));
            } catch (JsonProcessingException e) {
                failures.add(new IngestFailure(where, "not valid JSON (" + e.getOriginalMessage() + ")"));
            } catch (IngestException e) {
                failures.add(new IngestFailure(where, e.getMessage()));
            }
        }
    }

    private Article article(JsonNode record) throws IngestException {
        if (!record.isObject()) {
            throw new IngestException("not a JSON object");
        }
        String id = field(record, "id");
        if (id == null) {
            throw new IngestException("missing \"id\"");
        }
        String rawDate = field(record, "date");
        var date = PublicationDateParser.parse(rawDate);
        if (rawDate != null && date.isEmpty()) {
            throw new IngestException("unreadable \"date\": " + rawDate);
        }
        String text = field(record, "text");
        String html = field(record, "html");
        Article fromHtml = null;
        if (text == null && html != null) {
            fromHtml = htmlParser.parse(id, html, field(record, "url"));
            text = fromHtml.text();
        } else if (text != null) {
            text = normalizer.normalize(text).text();
        }
        if (text == null || text.isBlank()) {
            throw new IngestException("no \"text\" or \"html\"");
        }
        return new Article(id, orElse(field(record, "title"), fromHtml == null ? null : fromHtml.title()),
                date.orElse(fromHtml == null ? null : fromHtml.date()),
                orElse(field(record, "url"), fromHtml == null ? null : fromHtml.url()),
                orElse(field(record, "source"), fromHtml == null ? null : fromHtml.source()),
                orElse(field(record, "author"), fromHtml == null ? null : fromHtml.author()),
                orElse(field(record, "language"), fromHtml == null ? null : fromHtml.language()), text);
    }

    private static String field(JsonNode record, String name) {
        JsonNode value = record.get(name);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
