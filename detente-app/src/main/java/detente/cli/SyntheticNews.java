package detente.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.Map;

/**
 * A news site on 127.0.0.1 for {@code bench watch}: {@link #publish()} adds an article (a page of four sentences
 * about two countries, from {@code detente/bench/synthetic-news.tsv}) and the RSS feed at {@code /feed.xml} lists
 * the newest {@code feedSize} articles, newest first; {@code /renamed.xml} lists the same articles under other URLs,
 * {@code /error.xml} answers 503 and {@code /stall.xml} never answers (for the soak run). Deterministic for a seed.
 */
final class SyntheticNews implements AutoCloseable {

    private record Country(String name, String capital) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final List<String> sentences = new ArrayList<>();
    private final List<Country> countries = new ArrayList<>();
    private final Random random;
    private final int feedSize;
    private final Map<Integer, String> pages = new ConcurrentHashMap<>();
    private final List<String> items = new ArrayList<>();
    private final List<String> copies = new ArrayList<>();
    private int published;

    SyntheticNews(long seed, int feedSize) throws IOException {
        this.random = new Random(seed);
        this.feedSize = feedSize;
        read();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    private void read() {
        try (InputStream in = SyntheticNews.class.getResourceAsStream("/detente/bench/synthetic-news.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t");
                if (line.startsWith("#") || f.length < 2) {
                    continue;
                }
                if (f[0].equals("sentence")) {
                    sentences.add(f[1]);
                } else if (f[0].equals("country") && f.length == 3) {
                    countries.add(new Country(f[1], f[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String feedUrl() {
        return url("/feed.xml");
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Publishes the next article; returns its URL. */
    synchronized String publish() {
        int n = published++;
        Country a = countries.get(random.nextInt(countries.size()));
        Country b;
        do {
            b = countries.get(random.nextInt(countries.size()));
        } while (b == a);
        StringBuilder text = new StringBuilder();
        String headline = null;
        for (int i = 0; i < 4; i++) {
            Country x = i % 2 == 0 ? a : b;
            Country y = i % 2 == 0 ? b : a;
            String s = sentences.get(random.nextInt(sentences.size())).replace("{A}", x.name())
                    .replace("{B}", y.name()).replace("{C}", random.nextBoolean() ? x.capital() : y.capital());
            headline = headline == null ? s : headline;
            text.append("<p>").append(s).append(" Report ").append(n).append(".</p>");
        }
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC));
        String path = "/news/" + n;
        pages.put(n, "<html lang=\"en\"><head><title>" + headline + "</title></head><body><article><h1>" + headline
                + "</h1>" + text + "</article></body></html>");
        items.add(0, "<item><title>" + headline + "</title><link>" + url(path) + "</link><guid>" + url(path)
                + "</guid><pubDate>" + date + "</pubDate></item>");
        copies.add(0, "<item><title>" + headline + "</title><link>" + url("/copy/" + n) + "</link><pubDate>" + date
                + "</pubDate></item>");
        if (items.size() > feedSize) {
            items.remove(items.size() - 1);
            copies.remove(copies.size() - 1);
        }
        return url(path);
    }

    private synchronized String feed(List<String> listed) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Synthetic news</title>"
                + String.join("", listed) + "</channel></rss>";
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String body;
        String type = "text/html; charset=utf-8";
        if (path.equals("/feed.xml") || path.equals("/renamed.xml")) {
            // the renamed feed lists the same articles under other URLs (/copy/N): a republisher
            body = feed(path.equals("/feed.xml") ? items : copies);
            type = "application/rss+xml; charset=utf-8";
        } else if (path.startsWith("/news/") || path.startsWith("/copy/")) {
            body = pages.get(Integer.parseInt(path.substring(path.lastIndexOf('/') + 1)));
        } else if (path.equals("/error.xml")) {
            ex.sendResponseHeaders(503, -1);
            ex.close();
            return;
        } else if (path.equals("/stall.xml")) {
            try {
                Thread.sleep(60_000); // longer than any fetch deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
            return;
        } else {
            body = null;
        }
        byte[] bytes = body == null ? "not found".getBytes(StandardCharsets.UTF_8) : body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
