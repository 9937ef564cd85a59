package detente.spark;

import detente.doc.Article;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FileArticlesTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void plainTextTakesTitleAndDateLikeIngest() {
        List<Article> a = FileArticles.read("file:/in/2024-01-24-talks.txt", utf8("Talks\n\nThey met."), null,
                new LinkedHashMap<>());
        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo("file:/in/2024-01-24-talks.txt");
            assertThat(x.title()).isEqualTo("Talks");
            assertThat(x.date()).isEqualTo(LocalDate.of(2024, 1, 24));
            // As ingest reads it: the title line stays in the text, so headlines are coded and offsets index the file.
            assertThat(x.text()).isEqualTo("Talks\n\nThey met.");
        });
    }

    @Test
    void jsonLinesGzipAndHtml() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(utf8("{\"id\":\"r1\",\"date\":\"1987-02-26T00:00:00Z\",\"text\":\"Iran met Turkey.\"}\n\n"
                    + "{\"id\":\"r2\",\"text\":\"Second.\",\"source\":\"Reuters\"}\n{\"text\": \n{\"id\":\"r4\"}\n"));
        }
        Map<String, String> failures = new LinkedHashMap<>();
        List<Article> lines = FileArticles.read("s3a://b/x.jsonl.gz", gz.toByteArray(), null, failures);
        assertThat(lines).extracting(Article::text).containsExactly("Iran met Turkey.", "Second.");
        assertThat(lines.get(0).id()).isEqualTo("r1");
        assertThat(lines.get(0).date()).isEqualTo(LocalDate.of(1987, 2, 26));
        assertThat(lines.get(1).source()).isEqualTo("Reuters");
        assertThat(failures).hasSize(2);

        String page = "<html><head><title>Talks resume</title></head><body><nav><a href='/'>Home</a></nav>"
                + "<article><h1>Talks resume</h1><p>Iran and Turkey resumed talks in Ankara on Wednesday after a "
                + "pause of two months, officials said.</p><p>Both sides signed agreements on trade and energy.</p>"
                + "</article><footer>Leave a Reply. Your email address will not be published.</footer></body></html>";
        List<Article> html = FileArticles.read("x.html", utf8(page), LocalDate.of(2024, 1, 1), new LinkedHashMap<>());
        assertThat(html).singleElement().satisfies(x -> {
            assertThat(x.text()).contains("Iran and Turkey resumed talks").doesNotContain("Leave a Reply");
            assertThat(x.date()).isEqualTo(LocalDate.of(2024, 1, 1));
        });
    }

    @Test
    void unreadableFilesBecomeOneFailedSource() {
        assertThat(FileArticles.sources("a/empty.txt", new byte[0], null)).singleElement()
                .extracting(Source::error).asString().startsWith("empty");
        assertThat(FileArticles.sources("a/x.export.CSV", utf8("1\t2"), null)).singleElement()
                .extracting(Source::error).asString().startsWith("GDELT event export");
    }
}
