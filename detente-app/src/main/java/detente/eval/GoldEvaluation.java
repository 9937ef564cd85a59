package detente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import detente.doc.Article;
import detente.doc.Event;
import detente.pipeline.Pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores the coder against reviewers' verdicts ({@code detente export gold}). Each gold line's sentence is coded
 * again; the events at its trigger word are compared with the gold: for {@code correct} and {@code fix} the gold
 * event (code, source, target) must be among them; for {@code wrong} the originally coded event must no longer be.
 */
public final class GoldEvaluation {

    /** One gold line's outcome. */
    public record Item(String event, String verdict, String sentence, String expected, String got, boolean agrees) {
    }

    /** Agreement overall and per verdict kind. */
    public record Score(List<Item> items) {
        public int total() {
            return items.size();
        }

        public int agreeing() {
            return (int) items.stream().filter(Item::agrees).count();
        }

        public double accuracy() {
            return total() == 0 ? 0 : (double) agreeing() / total();
        }

        public int total(String kind) {
            return (int) items.stream().filter(i -> i.verdict().startsWith(kind)).count();
        }

        public int agreeing(String kind) {
            return (int) items.stream().filter(i -> i.verdict().startsWith(kind) && i.agrees()).count();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldEvaluation() {
    }

    public static Score score(Path gold, Pipeline pipeline) throws IOException {
        List<Item> items = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    items.add(item(MAPPER.readTree(line), pipeline));
                }
            }
        }
        return new Score(items);
    }

    private static Item item(JsonNode g, Pipeline pipeline) {
        String sentence = g.path("text").asText();
        String date = g.path("date").asText(null);
        String trigger = g.path("trigger").path("text").asText();
        List<Event> coded = pipeline.process(Article.of("gold", date == null ? null : LocalDate.parse(date), sentence))
                .events().stream().filter(e -> e.trigger().text().equals(trigger)).toList();
        String got = String.join(", ", coded.stream().map(GoldEvaluation::describe).toList());
        JsonNode gold = g.get("gold");
        String verdict = g.path("verdict").asText();
        if (gold == null || gold.isNull()) {
            JsonNode was = g.path("coded");
            boolean still = coded.stream().anyMatch(e -> matches(e, was));
            return new Item(g.path("event").asText(), verdict, sentence, "no " + describe(was), got, !still);
        }
        boolean found = coded.stream().anyMatch(e -> matches(e, gold));
        return new Item(g.path("event").asText(), verdict, sentence, describe(gold), got, found);
    }

    private static boolean matches(Event e, JsonNode want) {
        return e.cameo().equals(want.path("cameo").asText())
                && Objects.equals(e.source().code(), want.path("source").asText(null))
                && Objects.equals(e.target() == null ? null : e.target().code(), want.path("target").asText(null));
    }

    private static String describe(Event e) {
        return e.cameo() + " " + e.source().code() + "->" + (e.target() == null ? "-" : e.target().code());
    }

    private static String describe(JsonNode n) {
        return n.path("cameo").asText() + " " + n.path("source").asText("?") + "->" + n.path("target").asText("-");
    }
}
