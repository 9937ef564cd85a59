package detente.watch;

import detente.ingest.IngestOptions;
import detente.ingest.SourceFetcher;
import detente.pipeline.Pipeline;
import detente.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watcher against a news site on 127.0.0.1: new items stored once (across feeds, republished under a new URL,
 * across restarts), conditional GET, one request at a time to the host, robots.txt, and misbehaving sources
 * bounded and logged by name while the others go on. Coding is an empty pipeline: this is about what gets stored.
 */
class WatcherIT {

    static final String TEHRAN = "Iran's foreign minister travelled to Ankara on Monday for talks on border security.\n"
            + "Officials from both governments said the visit was meant to ease tension after last week's strikes.";
    static final String ISLAMABAD = "Pakistan recalled its ambassador from Tehran after a missile strike in"
            + " Balochistan.\nThe foreign ministry in Islamabad called the strike a violation of its airspace.";
    static final String BEIJING = "China urged both Iran and Pakistan to show restraint and offered to mediate.\n"
            + "A spokesman said Beijing was in contact with both capitals.";
    static final String GENEVA = "Negotiators met in Geneva for a second round of talks on prisoner exchanges.\n"
            + "The Swiss hosts said the meeting lasted six hours.";
    static final String OSLO = "Norway announced new funding for humanitarian aid to Gaza on Tuesday.\n"
            + "The ministry said the money would go through United Nations agencies.";

    @TempDir
    Path dir;

    FeedServer site;
    final List<String> messages = new CopyOnWriteArrayList<>();

    @BeforeEach
    void site() throws Exception {
        site = new FeedServer();
        site.page("/world/tehran-ankara", "Iran and Turkey talk border security", TEHRAN)
                .page("/world/pakistan-recalls", "Pakistan recalls ambassador", ISLAMABAD)
                .page("/world/china-urges", "China urges restraint", BEIJING)
                .page("/republished/tehran-ankara-copy", "Iran and Turkey talk border security", TEHRAN)
                .page("/world/geneva-talks", "Geneva talks", GENEVA)
                .page("/world/oslo-aid", "Norway funds aid", OSLO)
                .page("/private/secret", "Not for robots", GENEVA + "\nSecret.")
                .resource("/robots.txt", "text/plain", () -> "User-agent: *\nDisallow: /private/\n")
                .resource("/feeds/world.xml", "application/rss+xml", () -> rss("World",
                        item("/world/tehran-ankara", "Iran and Turkey talk border security", "Mon, 15 Jan 2024 09:00:00 GMT"),
                        item("/world/pakistan-recalls", "Pakistan recalls ambassador", "Wed, 17 Jan 2024 10:00:00 GMT"),
                        item("/world/china-urges", "China urges restraint", "Thu, 18 Jan 2024 08:00:00 GMT")))
                // the same article under tracking parameters, and republished under a new URL
                .resource("/feeds/asia.atom", "application/atom+xml", () -> "<?xml version=\"1.0\"?>"
                        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Asia</title>"
                        + "<entry><title>Pakistan recalls ambassador</title><id>urn:x:1</id>"
                        + "<link href=\"" + site.url("/world/pakistan-recalls?utm_source=rss") + "\"/>"
                        + "<updated>2024-01-17T10:00:00Z</updated></entry>"
                        + "<entry><title>Iran and Turkey</title><id>urn:x:2</id>"
                        + "<link href=\"/republished/tehran-ankara-copy\"/><updated>2024-01-15T12:00:00Z</updated></entry>"
                        + "</feed>")
                .resource("/sitemap.xml", "application/xml", () -> "<?xml version=\"1.0\"?>"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + "<url><loc>" + site.url("/world/geneva-talks") + "</loc><lastmod>2024-01-19</lastmod></url>"
                        + "</urlset>")
                .resource("/lists/pages.txt", "text/plain", () -> site.url("/world/oslo-aid") + "\n"
                        + site.url("/private/secret") + "\n# a comment\n");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    static String rss(String title, String... items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title + "</title>"
                + String.join("", items) + "</channel></rss>";
    }

    String item(String path, String title, String date) {
        return "<item><title>" + title + "</title><link>" + site.url(path) + "</link><pubDate>" + date
                + "</pubDate></item>";
    }

    WatchedSource source(String name, String path, SourceFetcher.Kind kind) {
        return new WatchedSource(name, site.url(path), kind, Duration.ofMinutes(10), List.of());
    }

    Watcher watcher(Store store, List<WatchedSource> sources, IngestOptions options) {
        SourceFetcher fetcher = new SourceFetcher(options, Duration.ofMillis(5), true, 5000);
        Watcher.Settings settings = new Watcher.Settings(4, 50, 100, 16, Duration.ofHours(1));
        return new Watcher(sources, fetcher, new StoreIngest(() -> Pipeline.builder().build(), 2, store), store,
                settings, messages::add, Clock.systemUTC());
    }

    static IngestOptions options() {
        return IngestOptions.defaults().withMaxBytes(1_000_000).withFetchTimeout(Duration.ofSeconds(2));
    }

    List<WatchedSource> goodSources() {
        return List.of(source("World", "/feeds/world.xml", SourceFetcher.Kind.FEED),
                source("Asia", "/feeds/asia.atom", null),
                source("Sitemap", "/sitemap.xml", SourceFetcher.Kind.SITEMAP),
                source("Pages", "/lists/pages.txt", SourceFetcher.Kind.PAGES),
                new WatchedSource("Inline", null, SourceFetcher.Kind.PAGES, Duration.ofMinutes(10),
                        List.of(site.url("/world/geneva-talks"))));
    }

    @Test
    void everyArticleIsStoredOnceAcrossFeedsRepublicationAndRestarts() throws Exception {
        try (Store store = Store.open(dir)) {
            Watcher w = watcher(store, goodSources(), options());
            assertThat(w.runOnce(Duration.ofMinutes(1))).isTrue();
            w.close();
            // the article both feeds list is stored once, under the link of whichever feed was read first
            assertThat(strings(store, "SELECT regexp_replace(id, '[?].*', '') FROM articles ORDER BY id"))
                    .containsExactly(site.url("/world/china-urges"), site.url("/world/geneva-talks"),
                            site.url("/world/oslo-aid"), site.url("/world/pakistan-recalls"),
                            site.url("/world/tehran-ankara"));
            // the republished copy was read, and dropped as a duplicate of its text
            assertThat(strings(store, "SELECT DISTINCT outcome FROM watch_items WHERE link LIKE '%republished%'"))
                    .containsExactly("duplicate");
            assertThat(site.count("/world/pakistan-recalls")).isEqualTo(1);
            assertThat(site.count("/world/geneva-talks")).isEqualTo(1);
            // robots.txt: the disallowed page was never asked for, and the refusal is on record
            assertThat(site.count("/private/secret")).isZero();
            assertThat(strings(store, "SELECT reason FROM watch_items WHERE link LIKE '%private%'"))
                    .singleElement().asString().contains("robots.txt");
            assertThat(site.requests).allSatisfy(r -> assertThat(r.userAgent()).startsWith("detente/"));
            assertThat(site.maxBusy.get()).isEqualTo(1);
            Map<String, Object> world = row(store, "SELECT last_success, last_error, items_seen, items_new,"
                    + " articles_stored, etag FROM watch_sources WHERE name = 'World'");
            assertThat(world.get("last_success")).isNotNull();
            assertThat(world.get("last_error")).isNull();
            assertThat(world).containsEntry("items_seen", 3L);
            // the article both feeds list is new to whichever feed was read first
            assertThat(count(store, "SELECT sum(items_new) FROM watch_sources WHERE name IN ('World', 'Asia')"))
                    .isEqualTo(4);
            assertThat(count(store, "SELECT sum(articles_stored) FROM watch_sources")).isEqualTo(5);
            assertThat(world.get("etag")).isNotNull();
        }
        int before = site.requests.size();
        // a restart: the feeds answer 304 to the validators kept in the store, and nothing new is stored
        try (Store store = Store.open(dir)) {
            assertThat(store.connection().createStatement().executeUpdate(
                    "UPDATE watch_sources SET next_poll = NULL")).isEqualTo(5);
            Watcher w = watcher(store, goodSources(), options());
            assertThat(w.runOnce(Duration.ofMinutes(1))).isTrue();
            w.close();
            assertThat(w.stored()).isZero();
            assertThat(count(store, "SELECT count(*) FROM articles")).isEqualTo(5);
            List<FeedServer.Request> again = site.requests.subList(before, site.requests.size());
            assertThat(again).filteredOn(r -> r.path().equals("/feeds/world.xml")).singleElement()
                    .satisfies(r -> assertThat(r.ifNoneMatch()).isNotNull());
            assertThat(again).noneMatch(r -> r.path().startsWith("/world/"));
        }
    }

    @Test
    void badSourcesAreBoundedAndNamedWhileTheOthersGoOn() throws Exception {
        byte[] bomb = FeedServer.gzip(new byte[50_000_000]);
        site.on("/bad/not-xml", ex -> FeedServer.send(ex, 200, "application/rss+xml",
                        "<html><body><p>Temporarily unavailable".getBytes(StandardCharsets.UTF_8)))
                .on("/bad/bomb.xml", ex -> FeedServer.send(ex, 200, "application/rss+xml", bomb))
                .on("/bad/huge.xml", ex -> {
                    ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
                    ex.sendResponseHeaders(200, 0);
                    byte[] chunk = "<item><title>x</title></item>".repeat(1000).getBytes(StandardCharsets.UTF_8);
                    try (OutputStream out = ex.getResponseBody()) {
                        for (long sent = 0; sent < 500_000_000L; sent += chunk.length) {
                            out.write(chunk);
                        }
                    }
                })
                .on("/bad/loop.xml", ex -> {
                    ex.getResponseHeaders().add("Location", site.url("/bad/loop.xml"));
                    ex.sendResponseHeaders(302, -1);
                })
                .on("/bad/slow.xml", ex -> {
                    ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
                    ex.sendResponseHeaders(200, 100);
                    try (OutputStream out = ex.getResponseBody()) {
                        for (int i = 0; i < 100; i++) { // a byte every 100 ms: never done within the timeout
                            out.write('<');
                            out.flush();
                            Thread.sleep(100);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            many.append("<item><guid isPermaLink=\"false\">urn:many:").append(i).append("</guid><description>Item ")
                    .append(i).append("</description></item>");
        }
        String manyFeed = rss("Many", many.toString());
        site.resource("/bad/many.xml", "application/rss+xml", () -> manyFeed);
        List<WatchedSource> sources = new ArrayList<>(goodSources());
        sources.addAll(List.of(source("Not XML", "/bad/not-xml", SourceFetcher.Kind.FEED),
                source("Bomb", "/bad/bomb.xml", null), source("Huge", "/bad/huge.xml", null),
                source("Loop", "/bad/loop.xml", null), source("Slow", "/bad/slow.xml", null),
                source("Many", "/bad/many.xml", null)));
        try (Store store = Store.open(dir)) {
            Watcher w = watcher(store, sources, options().withMaxBytes(12_000_000));
            assertThat(w.runOnce(Duration.ofMinutes(2))).isTrue();
            w.close();
            assertThat(count(store, "SELECT count(*) FROM articles WHERE url LIKE '%/world/%'")).isEqualTo(5);
            Map<String, String> errors = new LinkedHashMap<>();
            for (String name : List.of("Not XML", "Bomb", "Huge", "Loop", "Slow")) {
                errors.put(name, String.valueOf(row(store, "SELECT last_error FROM watch_sources WHERE name = '"
                        + name + "'").get("last_error")));
            }
            assertThat(errors.get("Not XML")).contains("not a valid RSS/Atom feed");
            assertThat(errors.get("Bomb")).contains("too large");
            assertThat(errors.get("Huge")).contains("too large");
            assertThat(errors.get("Loop")).containsIgnoringCase("redirect");
            assertThat(errors.get("Slow")).contains("timed out");
            for (String name : errors.keySet()) {
                assertThat(messages).anyMatch(m -> m.startsWith(name + " (") && m.contains("next try in"));
            }
            // the long feed is cut at the listing cap and read 50 new items a poll; it says so
            Map<String, Object> many100k = row(store, "SELECT items_seen, items_new, last_error FROM watch_sources"
                    + " WHERE name = 'Many'");
            assertThat(many100k).containsEntry("items_seen", 100_000L).containsEntry("items_new", 50L);
            assertThat(messages).anyMatch(m -> m.contains("lists 100000 items; only the first 5000 are read"));
            assertThat(count(store, "SELECT count(*) FROM articles WHERE id LIKE 'urn:many:%'")).isEqualTo(50);
        }
    }

    static List<String> strings(Store store, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    static long count(Store store, String sql) throws SQLException {
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static Map<String, Object> row(Store store, String sql) throws SQLException {
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertThat(r.next()).as(sql).isTrue();
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                out.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
            }
            return out;
        }
    }
}
