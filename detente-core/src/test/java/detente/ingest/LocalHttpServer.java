package detente.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A test HTTP server on 127.0.0.1 and a free port: tests never reach the internet. */
final class LocalHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    final List<String> userAgents = new CopyOnWriteArrayList<>();

    LocalHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    LocalHttpServer page(String path, String contentType, String body) {
        return bytes(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    LocalHttpServer bytes(String path, String contentType, byte[] body) {
        server.createContext(path, exchange -> respond(exchange, 200, contentType, body));
        return this;
    }

    LocalHttpServer redirect(String path, String target) {
        server.createContext(path, exchange -> {
            record(exchange);
            exchange.getResponseHeaders().add("Location", target);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        return this;
    }

    LocalHttpServer status(String path, int status) {
        server.createContext(path, exchange -> respond(exchange, status, "text/plain", "nope".getBytes()));
        return this;
    }

    LocalHttpServer slow(String path, long millis) {
        server.createContext(path, exchange -> {
            record(exchange);
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "text/html", "<p>late</p>".getBytes());
        });
        return this;
    }

    /** Streams {@code size} bytes without a Content-Length, so only the streaming cap can stop it. */
    LocalHttpServer endless(String path, int size) {
        server.createContext(path, exchange -> {
            record(exchange);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>lorem ipsum dolor sit amet</p>\n".repeat(200).getBytes();
            try (OutputStream out = exchange.getResponseBody()) {
                for (int sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up, as it should
            }
        });
        return this;
    }

    private void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        record(exchange);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void record(HttpExchange exchange) {
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
