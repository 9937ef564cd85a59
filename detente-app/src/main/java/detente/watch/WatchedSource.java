package detente.watch;

import detente.ingest.SourceFetcher;

import java.time.Duration;
import java.util.List;

/**
 * One source to watch.
 *
 * @param name     what the analyst calls it (a feed's title)
 * @param url      where it is polled, or null for an inline page list
 * @param kind     feed, sitemap or page list; null: told by its content
 * @param interval time between polls when all is well
 * @param pages    an inline page list's URLs (empty otherwise)
 */
public record WatchedSource(String name, String url, SourceFetcher.Kind kind, Duration interval, List<String> pages) {

    public WatchedSource {
        pages = List.copyOf(pages);
    }

    /** The source's key in the store: its URL, or {@code pages:NAME} for an inline page list. */
    public String key() {
        return url != null ? url : "pages:" + name;
    }
}
