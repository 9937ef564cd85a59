package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import detente.doc.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static final String STORY = "<html><body><article><p>Ministers met in Ankara on Wednesday, officials said,"
            + " and agreed to expand trade across the border in the coming months.</p><p>A joint committee will meet"
            + " again in March, according to a statement.</p></article></body></html>";

    @TempDir
    Path dir;
    private LocalHttpServer server;
    private final IngestOptions options = IngestOptions.defaults().withFetchTimeout(Duration.ofMillis(800));

    @BeforeEach
    void start() throws IOException {
        server = new LocalHttpServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private IngestResult read(IngestOptions readOptions, String... inputs) {
        return new ArticleReader(readOptions, () -> new ByteArrayInputStream(new byte[0])).read(List.of(inputs));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void readsTextHtmlGzipAndJsonLinesFilesInOrder() throws IOException {
        Path text = write("2024-01-24-iran-turkey.txt", "Deal signed\n\nThe two countries signed a deal.");
        Path html = write("story.html", STORY);
        Path gz = dir.resolve("story2.html.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(STORY.getBytes(StandardCharsets.UTF_8));
        }
        Path jsonl = write("batch.jsonl", "{\"id\":\"j1\",\"text\":\"From JSON.\"}\n");

        IngestResult result = read(options, text.toString(), html.toString(), gz.toString(), jsonl.toString());

        assertThat(result.failures()).isEmpty();
        assertThat(result.articles()).extracting(Article::id)
                .containsExactly(text.toString(), html.toString(), gz.toString(), "j1");
        assertThat(result.articles().get(0).date()).isEqualTo(LocalDate.of(2024, 1, 24));
        assertThat(result.articles().get(0).title()).isEqualTo("Deal signed");
        assertThat(result.articles().get(1).text()).isEqualTo(result.articles().get(2).text())
                .startsWith("Ministers met in Ankara").contains("\n\nA joint committee");
    }

    @Test
    void walksDirectoriesRecursivelyInSortedOrder() throws IOException {
        write("b/2.txt", "Second file text.");
        write("a/1.txt", "First file text.");
        write("a/z.html", STORY);
        write("a/.hidden.txt", "hidden");
        write("a/image.png", "not read");

        IngestResult result = read(options, dir.toString());

        assertThat(result.articles()).extracting(Article::id).containsExactly(dir.resolve("a/1.txt").toString(),
                dir.resolve("a/z.html").toString(), dir.resolve("b/2.txt").toString());
    }

    @Test
    void readsStdinAsDash() {
        ArticleReader reader = new ArticleReader(options,
                () -> new ByteArrayInputStream("Title\n\nText from stdin.".getBytes(StandardCharsets.UTF_8)));

        IngestResult result = reader.read(List.of("-"));

        assertThat(result.articles()).singleElement().satisfies(article -> {
            assertThat(article.id()).isEqualTo("-");
            assertThat(article.text()).isEqualTo("Title\n\nText from stdin.");
        });
    }

    @Test
    void appliesTheDateOverrideToEveryArticle() throws IOException {
        Path text = write("2024-01-24-x.txt", "Some text.");
        LocalDate override = LocalDate.of(2020, 5, 5);

        IngestResult result = read(options.withDate(override), text.toString());

        assertThat(result.articles()).extracting(Article::date).containsExactly(override);
    }

    @Test
    void reportsEachBadInputOnOneLineAndCarriesOn() throws IOException {
        Path empty = write("empty.txt", "");
        Path binary = dir.resolve("binary.html");
        Files.write(binary, new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3});
        Path truncatedGz = dir.resolve("cut.html.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(STORY.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(truncatedGz, java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2));
        Path feed = write("feed.xml", FeedParserTest.RSS.substring(0, 300));
        Path good = write("good.txt", "Still read.");

        IngestResult result = read(options, empty.toString(), binary.toString(), truncatedGz.toString(),
                feed.toString(), dir.resolve("missing.txt").toString(), "http://127.0.0.1:1/x", good.toString());

        assertThat(result.articles()).extracting(Article::id).containsExactly(good.toString());
        assertThat(result.failures()).extracting(IngestFailure::toString).satisfiesExactly(
                line -> assertThat(line).isEqualTo("bad input: " + empty + ": empty"),
                line -> assertThat(line).startsWith("bad input: " + binary + ": binary data"),
                line -> assertThat(line).startsWith("bad input: " + truncatedGz + ": truncated or corrupt gzip"),
                line -> assertThat(line).startsWith("bad input: " + feed + ": not a valid RSS/Atom feed (")
                        .containsPattern("at line \\d+\\)$"),
                line -> assertThat(line).isEqualTo("bad input: " + dir.resolve("missing.txt")
                        + ": no such file or directory"),
                line -> assertThat(line).startsWith("bad input: http://127.0.0.1:1/x: unreachable"));
        assertThat(result.failures()).allSatisfy(failure -> assertThat(failure.toString()).doesNotContain("\n"));
    }

    @Test
    void refusesInputsOverTheSizeCapWithAClearMessage() throws IOException {
        Path big = write("big.txt", "word ".repeat(300));

        IngestResult result = read(options.withMaxBytes(1024), big.toString());

        assertThat(result.failures()).extracting(IngestFailure::toString)
                .containsExactly("bad input: " + big + ": too large: more than 1 KB (raise the limit with --max-bytes)");
    }

    @Test
    void decodesWronglyLabelledLegacyEncodings() throws IOException {
        String turkish = "Dışişleri Bakanı Fidan, Tahran'da İranlı mevkidaşıyla görüştü; Şubat'ta yeniden buluşacaklar.";
        Path file = dir.resolve("tr.txt");
        Files.write(file, turkish.getBytes(Charset.forName("ISO-8859-9")));

        assertThat(read(options, file.toString()).articles()).extracting(Article::text).containsExactly(turkish);
    }

    @Test
    void readsFeedsOverHttpFetchingEachItemAndFallingBackToTheSummary() {
        server.page("/a", "text/html; charset=utf-8", STORY)
                .redirect("/moved", "/a")
                .status("/gone", 404)
                .slow("/slow", 3000);
        String rss = """
                <rss version="2.0"><channel><title>Local Wire</title>
                <item><title>One</title><link>%s</link><pubDate>Wed, 24 Jan 2024 09:30:00 GMT</pubDate></item>
                <item><title>Two</title><link>%s</link><pubDate>yesterday-ish</pubDate>
                  <description>&lt;p&gt;Summary of the second story.&lt;/p&gt;</description></item>
                <item><title>Three</title><link>%s</link><description>Third summary.</description></item>
                <item><title>Four</title><link>%s</link></item>
                </channel></rss>""".formatted(server.url("/moved"), server.url("/gone"), server.url("/slow"),
                server.url("/gone"));
        server.page("/feed", "application/rss+xml", rss);

        IngestResult result = read(options, server.url("/feed"));

        assertThat(result.articles()).extracting(Article::id)
                .containsExactly(server.url("/moved"), server.url("/gone"), server.url("/slow"));
        Article first = result.articles().get(0);
        assertThat(first.url()).isEqualTo(server.url("/a"));
        assertThat(first.date()).isEqualTo(LocalDate.of(2024, 1, 24));
        assertThat(first.title()).isEqualTo("One");
        assertThat(first.source()).isEqualTo("Local Wire");
        assertThat(first.text()).startsWith("Ministers met in Ankara");
        assertThat(result.articles().get(1).text()).isEqualTo("Summary of the second story.");
        assertThat(result.articles().get(2).text()).isEqualTo("Third summary.");
        assertThat(result.warnings()).extracting(IngestWarning::toString).contains(
                "warning: " + server.url("/gone") + ": unreadable date \"yesterday-ish\" in the feed",
                "warning: " + server.url("/gone") + ": could not fetch the article (HTTP 404 from "
                        + server.url("/gone") + "); used the feed's summary",
                "warning: " + server.url("/slow") + ": could not fetch the article (timed out after 800 ms);"
                        + " used the feed's summary");
        assertThat(result.failures()).extracting(IngestFailure::toString).containsExactly("bad input: "
                + server.url("/gone") + ": could not fetch the article (HTTP 404 from " + server.url("/gone")
                + ") and the feed has no summary");
        assertThat(server.userAgents).allMatch(IngestOptions.USER_AGENT::equals);
    }

    @Test
    void resolvesRelativeFeedLinksAgainstTheFeedUrl() {
        server.page("/news/a", "text/html", STORY);
        server.page("/news/atom", "application/atom+xml", "<feed xmlns='http://www.w3.org/2005/Atom'><title>T</title>"
                + "<entry><id>urn:1</id><title>A</title><link href='a'/><updated>2024-01-24T00:00:00Z</updated>"
                + "</entry></feed>");

        IngestResult result = read(options, server.url("/news/atom"));

        assertThat(result.articles()).extracting(Article::id).containsExactly(server.url("/news/a"));
        assertThat(result.articles().get(0).text()).startsWith("Ministers met in Ankara");
    }

    @Test
    void stillReadsMalformedHtml() throws IOException {
        Path file = write("broken.html", "<html><body><div><p>Ministers met in Ankara on Wednesday, officials said,"
                + " and agreed to expand trade.<p>They will meet again in March, a statement said.<div></span></table>");

        IngestResult result = read(options, file.toString());

        assertThat(result.failures()).isEmpty();
        assertThat(result.articles()).singleElement().extracting(Article::text).isEqualTo("Ministers met in Ankara"
                + " on Wednesday, officials said, and agreed to expand trade.\n\nThey will meet again in March,"
                + " a statement said.");
    }

    @Test
    void readsAnHtmlPageFromAUrl() {
        server.page("/2024/01/24/story", "text/html", STORY);

        IngestResult result = read(options, server.url("/2024/01/24/story"));

        assertThat(result.articles()).singleElement().satisfies(article -> {
            assertThat(article.id()).isEqualTo(server.url("/2024/01/24/story"));
            assertThat(article.date()).isEqualTo(LocalDate.of(2024, 1, 24));
        });
    }

    @Test
    void readsTheOneArticleAtAUrl() throws IngestException {
        server.page("/2024/01/24/story", "text/html", STORY);
        ArticleReader reader = new ArticleReader(options);

        Article article = reader.readUrl(server.url("/2024/01/24/story"));

        assertThat(article.id()).isEqualTo(server.url("/2024/01/24/story"));
        assertThat(article.date()).isEqualTo(LocalDate.of(2024, 1, 24));
        assertThat(article.text()).contains("Ministers met in Ankara");
        assertThat(new ArticleReader(options.withDate(LocalDate.of(2024, 2, 1)))
                .readUrl(server.url("/2024/01/24/story")).date()).isEqualTo(LocalDate.of(2024, 2, 1));
    }

    @Test
    void aUrlIsNeverReadAsAFileAndAFeedIsNotOneArticle() throws IOException {
        Path file = write("secret.txt", "Ministers met in Ankara on Wednesday.");
        server.page("/feed", "application/rss+xml", """
                <rss version="2.0"><channel><title>Wire</title>
                <item><title>A</title><link>https://example.org/a</link><description>Iran met Iraq.</description></item>
                <item><title>B</title><link>https://example.org/b</link><description>Iraq met Iran.</description></item>
                </channel></rss>""");
        ArticleReader reader = new ArticleReader(options.withFetchFeedLinks(false));

        for (String input : new String[] {file.toString(), file.toUri().toString(), "-"}) {
            assertThatThrownBy(() -> reader.readUrl(input)).as(input).isInstanceOfSatisfying(IngestException.class,
                    e -> assertThat(e.refused()).isTrue());
        }
        assertThatThrownBy(() -> reader.readUrl(server.url("/feed"))).hasMessage("holds 2 articles, not one");
    }

    @Test
    void withPublicHostsOnlyRefusesThisMachine() {
        server.page("/2024/01/24/story", "text/html", STORY);
        ArticleReader reader = new ArticleReader(options.withPublicHostsOnly(true));

        assertThatThrownBy(() -> reader.readUrl(server.url("/2024/01/24/story")))
                .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.refused()).isTrue())
                .hasMessageContaining("not a public host");
        assertThat(reader.read(List.of(server.url("/2024/01/24/story"))).failures()).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("not a public host"));
        assertThat(server.userAgents).isEmpty();
    }

    @Test
    void aUtf8FileWithAStrayByteIsReadAsUtf8WithAWarningNamingTheByte() throws Exception {
        byte[] text = "Türkiye and Iran agreed on Wednesday to expand trade, officials in Ankara said."
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(text, text.length + 1);
        bytes[text.length] = (byte) 0xFF;
        Path file = Files.write(dir.resolve("stray.txt"), bytes);

        IngestResult result = read(options, file.toString());

        assertThat(result.articles()).extracting(Article::text).singleElement().asString().startsWith("Türkiye");
        assertThat(result.warnings()).extracting(IngestWarning::toString).singleElement().asString()
                .contains("stray.txt").contains("not valid UTF-8 at byte " + text.length);
    }
}
