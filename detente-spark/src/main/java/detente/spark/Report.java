package detente.spark;

import org.apache.spark.sql.Row;

import java.io.Serializable;

/**
 * One coded event report on its way to deduplication: its {@code event_mentions} row (event id still empty), its
 * position in ingest order (article {@code seq}, then order in the article) and what the matching rule needs.
 */
record Report(long seq, int idx, String sourceKey, String targetKey, String root, String outlet, Row mention)
        implements Serializable {

    /** Reports can only merge within a block: same directed dyad and CAMEO root. */
    String block() {
        return sourceKey + '\u0001' + (targetKey == null ? "\u0000" : targetKey) + '\u0001' + root;
    }
}
