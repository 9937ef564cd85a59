package detente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotateCommandIT {

    @TempDir
    Path dir;

    @Test
    void emitsOneDocumentPerLineWithSpansIntoItsText() throws IOException {
        Path file = dir.resolve("2024-01-24-talks.txt");
        Files.writeString(file, "Erdoğan hosts Raisi\n\nANKARA — Türkiye’s President Recep Tayyip Erdoğan hosted "
                + "Iranian President Ebrahim Raisi on Wednesday. The two leaders signed ten memoranda.\n");
        CliRunner.Result r = CliRunner.run("annotate", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode doc = new ObjectMapper().readTree(lines[0]);
        assertThat(doc.get("id").asText()).isEqualTo(file.toString());
        assertThat(doc.get("title").asText()).isEqualTo("Erdoğan hosts Raisi");
        assertThat(doc.get("date").asText()).isEqualTo("2024-01-24");
        String text = doc.get("text").asText();
        // The headline is the title and stays at the head of the text, so it can be coded; every offset indexes
        // the text.
        assertThat(text).startsWith("Erdoğan hosts Raisi\n\nANKARA — Türkiye’s President").endsWith("ten memoranda.");
        for (JsonNode m : doc.get("mentions")) {
            assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
        }
        for (JsonNode s : doc.get("sentences")) {
            assertThat(s.get("end").asInt()).isLessThanOrEqualTo(text.length());
        }
        assertThat(doc.get("events")).isNotEmpty();
        assertThat(doc.get("quotes").isArray()).isTrue();
    }

    @Test
    void readsStandardInput() throws IOException {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("Pakistan launched airstrikes on Iran.".getBytes()));
            CliRunner.Result r = CliRunner.run("annotate", "--date", "2024-01-18", "-");
            JsonNode doc = new ObjectMapper().readTree(r.out().strip());
            assertThat(doc.get("id").asText()).isEqualTo("-");
            assertThat(doc.get("events").get(0).get("cameo").asText()).isEqualTo("195");
        } finally {
            System.setIn(saved);
        }
    }
}
