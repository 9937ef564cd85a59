package detente.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link PageFetcher} that is polite to each host: one request at a time per host, at least a minimum delay
 * between the end of one request and the start of the next (longer when the host's robots.txt asks for a
 * Crawl-delay, up to {@link #MAX_CRAWL_DELAY}), and no request robots.txt disallows for our User-Agent. robots.txt
 * is read through the same gate, once per host and again after {@link #ROBOTS_TTL}; one that cannot be fetched
 * (404, network error) allows everything, a 5xx answer defers the host until the next read.
 */
final class PoliteFetcher {

    static final Duration ROBOTS_TTL = Duration.ofHours(12);
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);
    /** robots.txt files larger than this are cut (Google reads 500 KiB). */
    static final long MAX_ROBOTS_BYTES = 512 * 1024;
    /** The token we look for in User-agent lines of robots.txt. */
    static final String ROBOT_NAME = "detente";

    /** One host's turn and rules. */
    private static final class Host {
        final ReentrantLock turn = new ReentrantLock(true);
        long nextStartNanos;
        BaseRobotRules rules;
        long rulesReadNanos;
    }

    private final PageFetcher pages;
    private final PageFetcher robots;
    private final Duration minDelay;
    private final boolean obeyRobots;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    PoliteFetcher(PageFetcher pages, PageFetcher robots, Duration minDelay, boolean obeyRobots) {
        this.pages = pages;
        this.robots = robots;
        this.minDelay = minDelay;
        this.obeyRobots = obeyRobots;
    }

    FetchedPage fetch(String url) throws IngestException {
        return politely(url, () -> pages.fetch(url));
    }

    PageFetcher.Revalidated fetchIfChanged(String url, String etag, String lastModified) throws IngestException {
        return politely(url, () -> pages.fetchIfChanged(url, etag, lastModified));
    }

    /** A request, made when it is this host's turn. */
    private interface Request<T> {
        T send() throws IngestException;
    }

    private <T> T politely(String url, Request<T> request) throws IngestException {
        URI uri = uri(url);
        String key = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        Host host = hosts.computeIfAbsent(key, k -> new Host());
        host.turn.lock();
        try {
            if (obeyRobots) {
                BaseRobotRules rules = rules(key, host);
                if (!rules.isAllowed(url)) {
                    throw IngestException.refused(rules.isDeferVisits() ? "robots.txt of " + key
                            + " could not be read (server error); the host is skipped until it can"
                            : "disallowed by robots.txt of " + key);
                }
            }
            return inTurn(host, request);
        } finally {
            host.turn.unlock();
        }
    }

    private BaseRobotRules rules(String key, Host host) throws IngestException {
        if (host.rules != null && System.nanoTime() - host.rulesReadNanos < ROBOTS_TTL.toNanos()) {
            return host.rules;
        }
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(MAX_CRAWL_DELAY.toMillis(), 5);
        BaseRobotRules rules;
        try {
            FetchedPage page = inTurn(host, () -> robots.fetch(key + "/robots.txt"));
            rules = parser.parseContent(key + "/robots.txt", page.body(), page.contentType(), List.of(ROBOT_NAME));
        } catch (IngestException e) {
            String message = String.valueOf(e.getMessage());
            rules = parser.failedFetch(message.startsWith("HTTP 5") ? 503 : 404);
        }
        host.rules = rules;
        host.rulesReadNanos = System.nanoTime();
        return rules;
    }

    /** Waits for the host's delay, sends, and sets when the next request may start. Holds the host's turn. */
    private <T> T inTurn(Host host, Request<T> request) throws IngestException {
        long wait = host.nextStartNanos - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IngestException("interrupted while waiting for the host's turn");
            }
        }
        try {
            return request.send();
        } finally {
            long delay = minDelay.toNanos();
            if (host.rules != null && host.rules.getCrawlDelay() > 0) {
                delay = Math.max(delay, Math.min(host.rules.getCrawlDelay(), MAX_CRAWL_DELAY.toMillis()) * 1_000_000);
            }
            host.nextStartNanos = System.nanoTime() + delay;
        }
    }

    private static URI uri(String url) throws IngestException {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw IngestException.refused("not an http:// or https:// URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw IngestException.refused("not a valid URL (" + e.getMessage() + ")");
        }
    }
}
