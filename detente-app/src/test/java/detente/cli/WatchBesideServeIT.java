package detente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import detente.Detente;
import detente.Dictionaries;
import detente.server.Server;
import detente.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code detente watch} on a store that {@code serve} holds runs inside the server, like every command: what it
 * stores is in the server's API at once, and no process meets the store's lock. The feed is served on 127.0.0.1.
 */
class WatchBesideServeIT {

    @TempDir
    Path dir;

    @Test
    void aWatchOnAServedStoreStoresThroughTheServer() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + site.getAddress().getPort();
        serve(site, "/feed.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Desk</title><item><title>Talks</title><link>" + base + "/talks</link>"
                + "<pubDate>Wed, 24 Jan 2024 10:00:00 GMT</pubDate></item></channel></rss>");
        serve(site, "/talks", "text/html", "<html><head><title>Raisi and Erdogan meet</title></head><body><article>"
                + "<h1>Raisi and Erdogan meet in Ankara</h1><p>Iranian President Ebrahim Raisi met Turkish President"
                + " Recep Tayyip Erdogan in Ankara on Wednesday, and the two governments signed agreements on trade"
                + " and energy.</p></article></body></html>");
        site.start();
        Path data = dir.resolve("data");
        Store.open(data).close();
        Path sources = Files.writeString(dir.resolve("sources.yaml"), "sources:\n  - name: Desk\n    url: " + base
                + "/feed.xml\n");
        try (Server server = Server.create(c -> {
            c.port = 0;
            c.dataDir = data;
            c.pipeline = () -> Detente.pipeline(Detente.nlp(), Dictionaries.builtIn());
            c.commands = new HostedCommands(data);
        }).start()) {
            Process watch = new ProcessBuilder(java("watch", "--once", "--data", data.toString(), sources.toString()))
                    .redirectErrorStream(true).start();
            String output = new String(watch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(watch.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(watch.exitValue()).as(output).isZero();
            assertThat(output).doesNotContain("in use").contains("1 new articles stored");
            assertThat(new ObjectMapper().readTree(get(server, "/api/articles")).path("items")).hasSize(1);
            assertThat(new ObjectMapper().readTree(get(server, "/api/sources")).get(0).path("articles_stored")
                    .asLong()).isEqualTo(1);
        } finally {
            site.stop(0);
        }
    }

    private static void serve(HttpServer site, String path, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        site.createContext(path, ex -> {
            ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
    }

    private static String get(Server server, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "detente.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
