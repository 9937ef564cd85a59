package detente.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One host, several threads: requests never overlap, keep the delay robots.txt asks for, and skip what it forbids. */
class PoliteFetcherTest {

    record Hit(String path, long start, long end) {
    }

    HttpServer server;
    final List<Hit> hits = new CopyOnWriteArrayList<>();
    String robots = "User-agent: *\nDisallow: /drafts/\n\nUser-agent: detente\nCrawl-delay: 1\nDisallow: /drafts/\n";

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", ex -> {
            long start = System.nanoTime();
            String path = ex.getRequestURI().getPath();
            byte[] body = (path.equals("/robots.txt") ? robots : "<p>Page " + path + "</p>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", path.equals("/robots.txt") ? "text/plain" : "text/html");
            try {
                Thread.sleep(50); // a request takes a while, so overlaps would show
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
            hits.add(new Hit(path, start, System.nanoTime()));
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    PoliteFetcher fetcher(Duration minDelay) {
        PageFetcher pages = new PageFetcher(Duration.ofSeconds(5), 1_000_000);
        return new PoliteFetcher(pages, pages, minDelay, true);
    }

    @Test
    void requestsToOneHostTakeTurnsAndKeepTheCrawlDelay() throws Exception {
        PoliteFetcher polite = fetcher(Duration.ofMillis(100));
        ExecutorService threads = Executors.newFixedThreadPool(3);
        List<Future<FetchedPage>> pages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String path = "/news/" + i;
            pages.add(threads.submit(() -> polite.fetch(url(path))));
        }
        for (Future<FetchedPage> page : pages) {
            assertThat(new String(page.get().body(), StandardCharsets.UTF_8)).startsWith("<p>Page /news/");
        }
        threads.shutdown();
        assertThat(hits).extracting(Hit::path).first().isEqualTo("/robots.txt");
        assertThat(hits).hasSize(4);
        for (int i = 1; i < hits.size(); i++) {
            long gapMillis = (hits.get(i).start() - hits.get(i - 1).end()) / 1_000_000;
            // robots.txt is read before its Crawl-delay is known; after it, a second between requests
            assertThat(gapMillis).as("gap before request %d", i).isGreaterThanOrEqualTo(i == 1 ? 95 : 990);
        }
    }

    @Test
    void whatRobotsTxtDisallowsIsNeverRequested() {
        robots = "User-agent: *\nDisallow: /drafts/\n";
        PoliteFetcher polite = fetcher(Duration.ZERO);
        assertThatThrownBy(() -> polite.fetch(url("/drafts/tomorrow"))).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("disallowed by robots.txt of http://127.0.0.1:");
        assertThat(hits).extracting(Hit::path).containsExactly("/robots.txt");
    }
}
