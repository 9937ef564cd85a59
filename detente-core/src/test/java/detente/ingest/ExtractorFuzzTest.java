package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Throws random bytes and mutated HTML at the extractor and the reader: nothing may escape as an exception. */
class ExtractorFuzzTest {

    private static final String[] SNIPPETS = {"<p>", "</p>", "<div class='comment'>", "</div>", "<script>",
        "<!--", "-->", "<![CDATA[", "&amp;", "&#xD800;", "&#0;", "<br>", "<table><tr><td>", "<article>",
        "<script type='application/ld+json'>{\"articleBody\":", "\u0000", "\ufeff", "<meta charset='x'>", "\"", "'",
        "<", ">", "</html>", "<html lang='>", "Leave a Reply", ",,,,", "\u00ad", "<form><textarea>"};

    @Test
    @Timeout(120)
    void survivesRandomBytesAndMutatedHtml() {
        Random random = new Random(20240124L);
        String page = Fixtures.text("news-page.html");
        ContentExtractor extractor = new ContentExtractor();
        HtmlArticleParser parser = new HtmlArticleParser();
        TextDecoder decoder = new TextDecoder();
        TextNormalizer normalizer = new TextNormalizer();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int iterations = 0;
        for (; iterations < 3000 && System.nanoTime() < deadline; iterations++) {
            String html = iterations % 3 == 0 ? randomText(random) : mutate(page, random);
            byte[] bytes = iterations % 3 == 0 ? randomBytes(random) : html.getBytes(StandardCharsets.UTF_8);
            assertThatCode(() -> {
                extractor.extract(html);
                try {
                    parser.parse("fuzz", html, "https://example.com/2024/01/24/x");
                    decoder.decode(bytes, null);
                    new FeedParser().parse(html);
                } catch (IngestException expected) {
                    assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
                }
                NormalizedText normalized = normalizer.normalize(html);
                assertThat(normalized.originalOffset(normalized.text().length())).isEqualTo(html.length());
            }).as("iteration %d", iterations).doesNotThrowAnyException();
        }
        assertThat(iterations).isGreaterThanOrEqualTo(1000);
    }

    @Test
    @Timeout(60)
    void readerReportsRandomFilesWithoutStopping(@TempDir Path dir) throws Exception {
        Random random = new Random(7L);
        List<String> inputs = new ArrayList<>();
        String[] extensions = {".txt", ".html", ".xml", ".jsonl", ".html.gz", ""};
        for (int i = 0; i < 200; i++) {
            Path file = dir.resolve("f" + i + extensions[i % extensions.length]);
            Files.write(file, randomBytes(random));
            inputs.add(file.toString());
        }
        IngestResult result = new ArticleReader(IngestOptions.defaults().withFetchFeedLinks(false)).read(inputs);

        assertThat(result.articles().size() + result.failures().size()).isGreaterThanOrEqualTo(inputs.size() - 40);
        assertThat(result.failures()).allSatisfy(f -> assertThat(f.reason()).doesNotContain("unexpected error"));
    }

    private static String mutate(String page, Random random) {
        StringBuilder html = new StringBuilder(page);
        int edits = 1 + random.nextInt(20);
        for (int i = 0; i < edits && html.length() > 0; i++) {
            int at = random.nextInt(html.length());
            switch (random.nextInt(4)) {
                case 0 -> html.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
                case 1 -> html.delete(at, Math.min(html.length(), at + random.nextInt(200)));
                case 2 -> html.setCharAt(at, (char) random.nextInt(0x3000));
                default -> html.setLength(at);
            }
        }
        return html.toString();
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(2000);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(5) == 0 ? SNIPPETS[random.nextInt(SNIPPETS.length)]
                    : String.valueOf((char) random.nextInt(0x2100)));
        }
        return text.toString();
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(4096)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (bytes[i] & 0x7f | 0x20);
            }
        }
        return bytes;
    }
}
