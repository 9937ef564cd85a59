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

    /** Sends raw bytes on a new connection and returns the whole response (the server closes after it). */
    static String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream response = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    response.write(buffer, 0, n);
                }
            } catch (java.net.SocketException | java.net.SocketTimeoutException e) {
                // the server may reset after answering an oversized body; what was read is the answer
            }
            return response.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void anOversizedChunkedBodyIs413() throws Exception {
        String csrf = client.get("/api/session").json().get("csrf").asText();
        String json = "{\"text\": \"" + "x".repeat(20_000) + "\"}";
        StringBuilder body = new StringBuilder();
        for (int at = 0; at < json.length(); at += 4000) {
            String chunk = json.substring(at, Math.min(json.length(), at + 4000));
            body.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        body.append("0\r\n\r\n");
        String response = raw("POST /api/code HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "X-CSRF-Token: " + csrf + "\r\nCookie: " + CsrfGuard.COOKIE + "=" + csrf
                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + body);
        assertThat(response).startsWith("HTTP/1.1 413");
    }

    @Test
    void staticFilesNameTheirCharset() {
        ApiClient.Response page = client.get("/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).doesNotContain("null")
                .containsIgnoringCase("charset=utf-8");
        ApiClient.Response css = client.get("/style.css");
        assertThat(css.headers().firstValue("Content-Type").orElse("")).doesNotContain("null");
    }

    @Test
    void jettysOwnErrorPagesCarryTheSecurityHeaders() throws Exception {
        String response = raw("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400");
        for (String header : SecurityHeaders.ALL.keySet()) {
            assertThat(response).as(header).containsIgnoringCase(header + ":");
        }
    }

    @Test
    void theRateLimitAnswersBeforeAnyUrlIsLookedAt(@TempDir Path other) {
        try (Server limited = Server.create(c -> {
            c.port = 0;
            c.dataDir = other.resolve("data");
            c.adminToken = TOKEN;
            c.pipeline = () -> Pipeline.builder().add(ENDLESS).build();
            c.codePerMinute = 1;
        }).start()) {
            ApiClient one = new ApiClient(limited.url());
            // A literal loopback address: refused as not public, and never contacted (no traffic leaves the machine).
            Map<String, String> body = Map.of("url", "http://127.0.0.1:9/story");
            ApiClient.Response first = one.post("/api/code", body);
            assertThat(first.status()).as(first.body()).isEqualTo(400);
            assertThat(first.body()).contains("not a public host");
            ApiClient.Response second = one.post("/api/code", body);
            assertThat(second.status()).as("the limit is checked before the URL").isEqualTo(429);
        }
    }
}
