package detente.ingest;

import java.util.List;

/**
 * What one poll of a watched source found.
 *
 * @param changed      false when the server answered 304 Not Modified (then {@code entries} is empty)
 * @param entries      the listed articles in the source's order, at most the reader's cap
 * @param listed       how many entries the source listed before the cap
 * @param etag         the validators to send on the next poll (either may be null)
 * @param lastModified
 */
public record SourceListing(boolean changed, List<SourceEntry> entries, int listed, String etag,
                            String lastModified) {

    public SourceListing {
        entries = List.copyOf(entries);
    }

    static SourceListing unchanged(String etag, String lastModified) {
        return new SourceListing(false, List.of(), 0, etag, lastModified);
    }
}
