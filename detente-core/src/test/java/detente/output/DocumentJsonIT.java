package detente.output;

import com.fasterxml.jackson.databind.JsonNode;
import detente.Detente;
import detente.Dictionaries;
import detente.doc.Article;
import detente.doc.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentJsonIT {

    @Test
    void everySpanInTheDocumentJsonIndexesItsText() throws Exception {
        String text = "Raisi in Ankara\n\nANKARA — Iranian President Ebrahim Raisi met Turkish President Recep Tayyip "
                + "Erdoğan on Wednesday. The two leaders signed ten memoranda.\n\nPakistan launched airstrikes on Iran.";
        Document d = Detente.pipeline(Detente.nlp(), Dictionaries.builtIn())
                .process(new Article("a.txt", "Raisi in Ankara", LocalDate.of(2024, 1, 24), null, null, null, "en", text));
        JsonNode json = DocumentJson.mapper().readTree(DocumentJson.line(DocumentJson.document(d)));
        String t = json.get("text").asText();
        assertThat(t).isEqualTo(text);
        assertThat(json.get("sentences")).isNotEmpty();
        for (JsonNode s : json.get("sentences")) {
            assertThat(s.get("start").asInt()).isLessThan(s.get("end").asInt());
        }
        assertThat(json.get("mentions")).isNotEmpty();
        for (JsonNode m : json.get("mentions")) {
            assertThat(t.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
        }
        assertThat(json.get("events")).isNotEmpty();
        for (JsonNode e : json.get("events")) {
            JsonNode trigger = e.get("trigger");
            assertThat(t.substring(trigger.get("start").asInt(), trigger.get("end").asInt()))
                    .isEqualTo(trigger.get("text").asText());
            for (String side : new String[] {"source", "target"}) {
                JsonNode p = e.get(side);
                if (!p.isNull()) {
                    assertThat(t.substring(p.get("start").asInt(), p.get("end").asInt())).isEqualTo(p.get("text").asText());
                }
            }
            assertThat(t.substring(d.sentence(e.get("sentence").asInt()).start(),
                    d.sentence(e.get("sentence").asInt()).end())).isEqualTo(e.get("text").asText());
        }
        assertThat(json.fieldNames()).toIterable().containsSubsequence("id", "title", "date", "source", "url", "text",
                "sentences", "mentions", "events", "quotes", "quantities", "timexes");
        assertThat(json.get("events").get(0).fieldNames()).toIterable().endsWith("confidence", "location");
        assertThat(json.get("timexes")).isNotEmpty();
        assertThat(json.get("quantities")).isNotEmpty();
        for (String layer : new String[] {"quotes", "quantities", "timexes"}) {
            for (JsonNode x : json.get(layer)) {
                assertThat(t.substring(x.get("start").asInt(), x.get("end").asInt())).isEqualTo(x.get("text").asText());
            }
        }
    }
}
