package detente.ingest;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Settings of an ingest run.
 *
 * @param dateOverride  when set, the publication date of every article (the CLI's {@code --date})
 * @param maxBytes      the largest input, page or feed read, in bytes (after decompression)
 * @param fetchTimeout  the longest a single HTTP fetch may take, from connect to last byte
 * @param fetchFeedLinks whether feed items' links are fetched (otherwise the feed's own content is used)
 * @param publicHostsOnly whether fetches are kept off the machine and its network: only hosts that resolve to
 *                      public addresses, and no redirects (for URLs that others choose, as the server's)
 */
public record IngestOptions(LocalDate dateOverride, long maxBytes, Duration fetchTimeout, boolean fetchFeedLinks,
                            boolean publicHostsOnly) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofSeconds(20);
    public static final String USER_AGENT = "detente/0.1 (+news event coder)";

    public IngestOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (fetchTimeout == null || fetchTimeout.isNegative() || fetchTimeout.isZero()) {
            throw new IllegalArgumentException("fetchTimeout must be positive: " + fetchTimeout);
        }
    }

    /** Options that fetch any host and follow redirects. */
    public IngestOptions(LocalDate dateOverride, long maxBytes, Duration fetchTimeout, boolean fetchFeedLinks) {
        this(dateOverride, maxBytes, fetchTimeout, fetchFeedLinks, false);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(null, DEFAULT_MAX_BYTES, DEFAULT_FETCH_TIMEOUT, true, false);
    }

    public IngestOptions withDate(LocalDate date) {
        return new IngestOptions(date, maxBytes, fetchTimeout, fetchFeedLinks, publicHostsOnly);
    }

    public IngestOptions withMaxBytes(long bytes) {
        return new IngestOptions(dateOverride, bytes, fetchTimeout, fetchFeedLinks, publicHostsOnly);
    }

    public IngestOptions withFetchTimeout(Duration timeout) {
        return new IngestOptions(dateOverride, maxBytes, timeout, fetchFeedLinks, publicHostsOnly);
    }

    public IngestOptions withFetchFeedLinks(boolean fetch) {
        return new IngestOptions(dateOverride, maxBytes, fetchTimeout, fetch, publicHostsOnly);
    }

    public IngestOptions withPublicHostsOnly(boolean publicOnly) {
        return new IngestOptions(dateOverride, maxBytes, fetchTimeout, fetchFeedLinks, publicOnly);
    }
}
