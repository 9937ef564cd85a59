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
 */
public record IngestOptions(LocalDate dateOverride, long maxBytes, Duration fetchTimeout, boolean fetchFeedLinks) {

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

    public static IngestOptions defaults() {
        return new IngestOptions(null, DEFAULT_MAX_BYTES, DEFAULT_FETCH_TIMEOUT, true);
    }

    public IngestOptions withDate(LocalDate date) {
        return new IngestOptions(date, maxBytes, fetchTimeout, fetchFeedLinks);
    }

    public IngestOptions withMaxBytes(long bytes) {
        return new IngestOptions(dateOverride, bytes, fetchTimeout, fetchFeedLinks);
    }

    public IngestOptions withFetchTimeout(Duration timeout) {
        return new IngestOptions(dateOverride, maxBytes, timeout, fetchFeedLinks);
    }

    public IngestOptions withFetchFeedLinks(boolean fetch) {
        return new IngestOptions(dateOverride, maxBytes, fetchTimeout, fetch);
    }
}
