package detente.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * A news site on 127.0.0.1 for the watch tests: feeds, pages and misbehaving resources, with a log of every request
 * (path, User-Agent, conditional headers) and the most requests it ever served at once.
 */
final class FeedServer implements AutoCloseable {

    record Request(String path, String userAgent, String ifNoneMatch, String ifModifiedSince) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger busy = new AtomicInteger();
    final AtomicInteger maxBusy = new AtomicInteger();
    private final Map<String, Supplier<byte[]>> bodies = new ConcurrentHashMap<>();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();

    FeedServer on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    /** A resource with an ETag: a request that sends it back gets 304. */
    FeedServer resource(String path, String contentType, Supplier<String> body) {
        return on(path, ex -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().add("ETag", etag);
            send(ex, 200, contentType, bytes);
        });
    }

    FeedServer page(String path, String title, String text) {
        String html = "<html lang=\"en\"><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1>" + text.lines().map(l -> "<p>" + l + "</p>").reduce("", String::concat)
                + "</article></body></html>";
        return resource(path, "text/html; charset=utf-8", () -> html);
    }

    private void handle(HttpExchange ex) throws IOException {
        int now = busy.incrementAndGet();
        maxBusy.accumulateAndGet(now, Math::max);
        try {
            requests.add(new Request(ex.getRequestURI().getPath(), ex.getRequestHeaders().getFirst("User-Agent"),
                    ex.getRequestHeaders().getFirst("If-None-Match"),
                    ex.getRequestHeaders().getFirst("If-Modified-Since")));
            Handler h = handlers.get(ex.getRequestURI().getPath());
            if (h == null) {
                send(ex, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
            } else {
                h.handle(ex);
            }
        } catch (IOException e) {
            // the client went away (a capped body, a timeout): nothing to answer
        } finally {
            busy.decrementAndGet();
            ex.close();
        }
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(plain);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
