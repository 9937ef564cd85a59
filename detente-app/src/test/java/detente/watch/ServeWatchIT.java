package detente.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import detente.ingest.IngestOptions;
import detente.ingest.SourceFetcher;
import detente.pipeline.Pipeline;
import detente.server.Server;
import detente.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server and a watcher in one process over one store, as {@code serve --watch} runs them: what the watcher
 * stores shows in {@code /api/live} and {@code /api/sources} at once; alerts appear in {@code /api/alerts.atom};
 * muting is an admin request.
 */
class ServeWatchIT {

    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    HttpResponse<String> get(Server server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whatTheWatcherStoresIsLiveOnTheServer() throws Exception {
        try (FeedServer site = new FeedServer();
             Server server = Server.create(c -> {
                 c.port = 0;
                 c.dataDir = dir;
             }).start()) {
            site.page("/world/tehran-ankara", "Iran and Turkey talk border security", WatcherIT.TEHRAN)
                    .resource("/feed.xml", "application/rss+xml", () -> WatcherIT.rss("World",
                            "<item><title>Talks</title><link>" + site.url("/world/tehran-ankara") + "</link></item>",
                            "<item><title>Gone</title><link>" + site.url("/world/gone") + "</link></item>"));
            JsonNode before = json.readTree(get(server, "/api/live").body());
            assertThat(before.get("articles").asLong()).isZero();
            assertThat(before.get("last_updated").isNull()).isTrue();

            Store connection = server.newConnection();
            Watcher watcher = new Watcher(List.of(new WatchedSource("World", site.url("/feed.xml"),
                    SourceFetcher.Kind.FEED, Duration.ofMinutes(5), List.of())),
                    new SourceFetcher(IngestOptions.defaults(), Duration.ZERO, true, 100),
                    new StoreIngest(() -> Pipeline.builder().build(), 1, connection), connection,
                    Watcher.Settings.defaults(), line -> { }, Clock.systemUTC());
            assertThat(watcher.runOnce(Duration.ofMinutes(1))).isTrue();
            watcher.close();

            JsonNode live = json.readTree(get(server, "/api/live").body());
            assertThat(live.get("articles").asLong()).isEqualTo(1);
            assertThat(live.get("last_updated").asText()).isNotEmpty();
            JsonNode sources = json.readTree(get(server, "/api/sources").body());
            assertThat(sources).hasSize(1);
            assertThat(sources.get(0).get("health").asText()).isEqualTo("ok");
            assertThat(sources.get(0).get("articles_stored").asLong()).isEqualTo(1);
            assertThat(sources.get(0).get("items_failed").asLong()).isEqualTo(1);

            AlertWatchIT.plantEscalation(connection);
            new AlertWatch(new AlertSettings(null, null, 15, List.of(), List.of(), null), line -> { },
                    Clock.systemUTC()).check(connection);
            connection.close();
            HttpResponse<String> atom = get(server, "/api/alerts.atom");
            assertThat(atom.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document feed = f.newDocumentBuilder().parse(new ByteArrayInputStream(atom.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
            assertThat(feed.getElementsByTagNameNS("*", "entry").getLength()).isEqualTo(1);
            assertThat(atom.body()).contains("<title>Escalation: IRN – PAK, week of 2024-01-15</title>")
                    .contains("rel=\"related\" href=\"" + server.url() + "/event.html?id=s");

            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(server.url()
                    + "/api/alerts/mute/IRN/PAK")).header("Authorization", "Bearer wrong-token-wrong-token")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
            HttpResponse<String> muted = http.send(HttpRequest.newBuilder(URI.create(server.url()
                    + "/api/alerts/mute/pak/irn")).header("Authorization", "Bearer " + server.adminToken())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(muted.statusCode()).isEqualTo(200);
            assertThat(json.readTree(get(server, "/api/alerts/mutes").body()).get(0).get("a").asText()).isEqualTo("IRN");
        }
    }
}
