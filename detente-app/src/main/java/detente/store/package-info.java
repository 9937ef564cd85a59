/**
 * The embedded DuckDB store in a data directory: versioned schema and migrations, atomic per-article writes of
 * documents (article, sentences, mentions, event mentions, facts), deduplication of event reports into
 * real-world events, recoding, readers' replies with their verdicts (exported as a gold set), and exchange
 * formats (GDELT 2.0, PLOVER, CSV, Parquet, documents). Reads
 * {@link detente.doc.Document}s; never imported by {@code detente-core}.
 */
package detente.store;
