package detente.fact;

import com.fasterxml.jackson.databind.JsonNode;
import detente.Detente;
import detente.Dictionaries;
import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Layer;
import detente.doc.Quantity;
import detente.doc.Quote;
import detente.doc.Timex;
import detente.output.DocumentJson;
import detente.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FactStageIT {

    private static final Pipeline PIPELINE = Detente.pipeline(Detente.nlp(), Dictionaries.builtIn());

    @Test
    void runsAfterTheEventCoderAndProvidesTheFactsLayers() {
        assertThat(PIPELINE.stages()).extracting(s -> s.name()).endsWith("events", FactStage.NAME);
        Document d = PIPELINE.process(Article.of("t", LocalDate.of(2024, 1, 24), "Pakistan launched airstrikes on Iran."));
        assertThat(d.has(Layer.QUOTES)).isTrue();
        assertThat(d.has(Layer.QUANTITIES)).isTrue();
        assertThat(d.has(Layer.TIMEXES)).isTrue();
    }

    @Test
    void everySpanOfEveryDemoArticleIndexesTheArticleText() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "news"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file);
                Document d = PIPELINE.process(new Article(file.getFileName().toString(), text.lines().findFirst().orElse(null),
                        LocalDate.parse(file.getFileName().toString().substring(0, 10)), null, null, null, "en", text));
                for (Quote q : d.quotes()) {
                    assertThat(text.substring(q.start(), q.end())).as("quote in %s", file).isEqualTo(q.text());
                    if (q.speaker() != null) {
                        assertThat(text.substring(q.speaker().start(), q.speaker().end())).isEqualTo(q.speaker().text());
                    }
                }
                for (Quantity q : d.quantities()) {
                    assertThat(text.substring(q.start(), q.end())).as("quantity in %s", file).isEqualTo(q.text());
                    assertThat(q.low()).isLessThanOrEqualTo(q.high());
                }
                for (Timex t : d.timexes()) {
                    assertThat(text.substring(t.start(), t.end())).as("timex in %s", file).isEqualTo(t.text());
                }
            }
        }
    }

    @Test
    void eventJsonCarriesTheResolvedDateAndLocation() {
        Document d = PIPELINE.process(Article.of("t", LocalDate.of(2024, 1, 24),
                "Houthi rebels attacked a British tanker in the Gulf of Aden on Friday."));
        JsonNode event = DocumentJson.event(d.events().get(0));
        assertThat(event.get("date").asText()).isEqualTo("2024-01-19");
        assertThat(event.get("location").get("name").asText()).isEqualTo("Gulf of Aden");
        assertThat(event.get("location").get("level").asText()).isEqualTo("sea");
        assertThat(event.get("location").get("precision").asText()).isEqualTo("clause");
        assertThat(event.get("date_precision").asText()).isEqualTo("day");
        assertThat(event.get("date_span").get("text").asText()).isEqualTo("Friday");
        JsonNode none = DocumentJson.event(PIPELINE.process(Article.of("t", LocalDate.of(2024, 1, 24),
                "Pakistan launched airstrikes on Iran.")).events().get(0));
        assertThat(none.get("location").isNull()).isTrue();
    }
}
