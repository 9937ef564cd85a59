package detente.server;

import detente.doc.Document;
import detente.doc.Layer;
import detente.pipeline.Pipeline;
import detente.pipeline.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker or a careless client tries against the server, over an empty store and a stand-in pipeline
 * (no CoreNLP): work stopped when the client hangs up, CSRF, limits, and error pages.
 */
class ServerHardeningIT {

    static final String TOKEN = "test-admin-token-0123456789";
    @TempDir
    static Path dir;
    static Server server;
    static ApiClient client;
    /** Counts down when the stand-in coder starts, and when it is interrupted. */
    static volatile CountDownLatch started = new CountDownLatch(1);
    static volatile CountDownLatch stopped = new CountDownLatch(1);

    /** Stands in for a parse that never ends: spins until interrupted. */
    static final Stage ENDLESS = new Stage() {
        public String name() { return "endless"; }
        public Set<Layer> requires() { return Set.of(); }
        public Set<Layer> provides() { return Set.of(); }
        public Document apply(Document document) {
            started.countDown();
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
            stopped.countDown();
            throw new IllegalStateException("interrupted");
        }
    };

    @BeforeAll
    static void start() {
        server = Server.create(c -> {
            c.port = 0;
            c.dataDir = dir.resolve("data");
            c.adminToken = TOKEN;
            c.pipeline = () -> Pipeline.builder().add(ENDLESS).build();
            c.maxRequestBytes = 10_000;
        }).start();
        client = new ApiClient(server.url());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void codingStopsWhenTheClientHangsUp() throws Exception {
        started = new CountDownLatch(1);
        stopped = new CountDownLatch(1);
        ApiClient.Response session = client.get("/api/session");
        String csrf = session.json().get("csrf").asText();
        String body = ApiClient.json(Map.of("text", "Iran condemned the strike."));
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/code HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nContent-Type: application/json\r\nX-CSRF-Token: " + csrf
                    + "\r\nCookie: " + CsrfGuard.COOKIE + "=" + csrf
                    + "\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertThat(started.await(30, TimeUnit.SECONDS)).as("coding started").isTrue();
        }
        assertThat(stopped.await(10, TimeUnit.SECONDS)).as("coding stopped after the client left").isTrue();
    }

    @Test
    void anAuthorizationHeaderOtherThanTheAdminTokenExemptsNothingFromCsrf() {
        ApiClient fresh = new ApiClient(server.url());
        String body = ApiClient.json(Map.of("text", "hello", "name", "A", "email", "a@example.org"));
        ApiClient.Response basic = fresh.raw("POST", "/api/articles/1/replies", body,
                "Content-Type", "application/json", "Authorization", "Basic dXNlcjpwYXNz");
        assertThat(basic.status()).as(basic.body()).isEqualTo(403);
        assertThat(basic.body()).contains("CSRF");
        ApiClient.Response wrongBearer = fresh.raw("POST", "/api/code", ApiClient.json(Map.of("text", "x")),
                "Content-Type", "application/json", "Authorization", "Bearer " + TOKEN);
        assertThat(wrongBearer.status()).as("a valid token on a route that is not admin").isEqualTo(403);
        ApiClient.Response admin = fresh.raw("POST", "/api/ingest", "{}", "Content-Type", "application/json",
                "Authorization", "Bearer " + TOKEN);
        assertThat(admin.status()).as(admin.body()).isEqualTo(400);
    }
}
