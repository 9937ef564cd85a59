package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import detente.doc.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesParserTest {

    @Test
    void readsTextAndHtmlRecordsAndReportsBadLines() {
        String jsonl = """
                {"id":"a1","title":"T","date":"2024-01-24","url":"https://e.com/a","source":"Wire","text":"Talks&amp;deals.."}
                {"id":"a2","html":"<html><body><article><p>Ministers met in Ankara on Wednesday, officials said, and agreed to talk again.</p></article></body></html>"}
                not json
                {"title":"no id","text":"x"}
                {"id":"a5","date":"someday","text":"x"}
                """;
        List<Article> articles = new ArrayList<>();
        List<IngestFailure> failures = new ArrayList<>();

        new JsonLinesParser().parse("in.jsonl", jsonl, articles, failures);

        assertThat(articles).extracting(Article::id).containsExactly("a1", "a2");
        assertThat(articles.get(0).text()).isEqualTo("Talks&deals.");
        assertThat(articles.get(0).date()).isEqualTo(LocalDate.of(2024, 1, 24));
        assertThat(articles.get(0).source()).isEqualTo("Wire");
        assertThat(articles.get(1).text()).startsWith("Ministers met in Ankara");
        assertThat(failures).extracting(IngestFailure::toString).containsExactly(
                "bad input: in.jsonl:line 3: not valid JSON (Unrecognized token 'not': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false'))",
                "bad input: in.jsonl:line 4: missing \"id\"",
                "bad input: in.jsonl:line 5: unreadable \"date\": someday");
    }
}
