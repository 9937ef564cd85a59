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
    void plainTextTakesTitleAndDateLikeIngest() throws Exception {
        List<Article> a = FileArticles.read("file:/in/2024-01-24-talks.txt", utf8("Talks\n\nThey met."), null,
                Map.of());
        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo("file:/in/2024-01-24-talks.txt");
            assertThat(x.title()).isEqualTo("Talks");
            assertThat(x.date()).isEqualTo(LocalDate.of(2024, 1, 24));
            assertThat(x.text()).isEqualTo("Talks\n\nThey met.");
        });
    }

    @Test
    void jsonLinesGzipAndHtml() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(utf8("{\"id\":\"r1\",\"date\":\"1987-02-26T00:00:00Z\",\"text\":\"Iran met Turkey.\"}\n\n"
                    + "{\"text\":\"Second.\",\"source\":\"Reuters\"}\n{\"text\": \n{\"id\":\"r4\"}\n"));
        }
        Map<String, String> failures = new LinkedHashMap<>();
        List<Article> lines = FileArticles.read("s3a://b/x.jsonl.gz", gz.toByteArray(), null, failures);
        assertThat(failures).containsOnlyKeys("s3a://b/x.jsonl.gz#4", "r4").containsEntry("r4", "no text");
        assertThat(lines).extracting(Article::id).containsExactly("r1", "s3a://b/x.jsonl.gz#3");
        assertThat(lines.get(0).date()).isEqualTo(LocalDate.of(1987, 2, 26));
        assertThat(lines.get(1).source()).isEqualTo("Reuters");

        List<Article> html = FileArticles.read("x.html",
                utf8("<title>T</title><p>One.</p><div>menu</div><p>Two.</p>"), LocalDate.of(2024, 1, 1), Map.of());
        assertThat(html).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("T\n\nOne.\n\nTwo.");
            assertThat(x.date()).isEqualTo(LocalDate.of(2024, 1, 1));
        });
    }

    @Test
    void unreadableFilesBecomeOneFailedSource() {
        assertThat(FileArticles.sources("a/empty.txt", new byte[0], null)).singleElement()
                .extracting(Source::error).isEqualTo("empty input");
        assertThat(FileArticles.sources("a/b.txt.gz", utf8("not gzip"), null)).singleElement()
                .extracting(Source::error).asString().startsWith("bad gzip");
    }
}
