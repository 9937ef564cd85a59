package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageFetcherTest {

    private LocalHttpServer server;
    private final PageFetcher fetcher = new PageFetcher(Duration.ofMillis(800), 64 * 1024);

    @BeforeEach
    void start() throws Exception {
        server = new LocalHttpServer()
                .page("/story", "text/html; charset=utf-8", "<p>Story</p>")
                .redirect("/old", "/story")
                .status("/missing", 404)
                .slow("/slow", 3000)
                .bytes("/big", "text/html", new byte[128 * 1024])
                .endless("/stream", 1024 * 1024);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void fetchesWithADescriptiveUserAgent() throws Exception {
        FetchedPage page = fetcher.fetch(server.url("/story"));

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<p>Story</p>");
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(server.userAgents).containsExactly("detente/0.1 (+news event coder)");
    }

    @Test
    void followsRedirectsAndReportsTheFinalUrl() throws Exception {
        FetchedPage page = fetcher.fetch(server.url("/old"));

        assertThat(page.url()).isEqualTo(server.url("/story"));
    }

    @Test
    void reportsHttpErrors() {
        assertThatThrownBy(() -> fetcher.fetch(server.url("/missing"))).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("HTTP 404");
    }

    @Test
    void givesUpAfterTheTimeout() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(server.url("/slow"))).isInstanceOf(IngestException.class)
                .hasMessageContaining("timed out after 800 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void refusesBodiesOverTheCapWhetherDeclaredOrStreamed() {
        assertThatThrownBy(() -> fetcher.fetch(server.url("/big"))).hasMessageStartingWith("too large: more than 64 KB");
        assertThatThrownBy(() -> fetcher.fetch(server.url("/stream"))).hasMessageStartingWith("too large");
    }

    @Test
    void reportsUnreachableHosts() {
        String closedPort = "http://127.0.0.1:1/nothing";
        assertThatThrownBy(() -> fetcher.fetch(closedPort)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("unreachable");
    }

    @Test
    void recognisesUrls() {
        assertThat(PageFetcher.isUrl("https://example.com/a")).isTrue();
        assertThat(PageFetcher.isUrl("HTTP://example.com")).isTrue();
        assertThat(PageFetcher.isUrl("news/2024-01-24.txt")).isFalse();
    }
}
