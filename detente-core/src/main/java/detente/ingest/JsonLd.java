package detente.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The JSON-LD objects of a page ({@code <script type="application/ld+json">}), flattened: top-level arrays and
 * {@code @graph} arrays are unpacked, so callers see one list of typed objects. Malformed blocks are skipped.
 */
final class JsonLd {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting",
            "scholarlyarticle", "techarticle", "report", "socialmediaposting");

    private final List<JsonNode> objects;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
    }

    static JsonLd of(Document document) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            try {
                flatten(MAPPER.readTree(json), objects, 0);
            } catch (JsonProcessingException e) {
                // A broken JSON-LD block is common and harmless: the page's other signals still count.
            }
        }
        return new JsonLd(objects);
    }

    private static void flatten(JsonNode node, List<JsonNode> into, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> flatten(child, into, depth + 1));
        } else if (node.isObject()) {
            into.add(node);
            flatten(node.get("@graph"), into, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                flatten(main, into, depth + 1);
            }
        }
    }

    /** Article-like objects first (NewsArticle, BlogPosting, ...), then every other object. */
    List<JsonNode> articlesFirst() {
        List<JsonNode> sorted = new ArrayList<>();
        for (JsonNode object : objects) {
            if (isArticle(object)) {
                sorted.add(object);
            }
        }
        for (JsonNode object : objects) {
            if (!isArticle(object)) {
                sorted.add(object);
            }
        }
        return sorted;
    }

    /** The first non-blank value of {@code field} in an article-like object, then in any object. */
    String text(String field) {
        for (JsonNode object : articlesFirst()) {
            String value = textOf(object.get(field));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A name-bearing field: a string, an object with "name", or an array of either (names joined by ", "). */
    String name(String field) {
        for (JsonNode object : articlesFirst()) {
            JsonNode value = object.get(field);
            String name = nameOf(value);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String nameOf(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isArray()) {
            List<String> names = new ArrayList<>();
            value.forEach(item -> {
                String name = nameOf(item);
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        if (value.isObject()) {
            return textOf(value.get("name"));
        }
        return textOf(value);
    }

    private static String textOf(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isArray() && !value.isEmpty()) {
            return textOf(value.get(0));
        }
        if (value.isTextual() || value.isNumber()) {
            String text = value.asText().strip();
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    private static boolean isArticle(JsonNode object) {
        JsonNode type = object.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode item : type) {
                if (ARTICLE_TYPES.contains(item.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }
}
