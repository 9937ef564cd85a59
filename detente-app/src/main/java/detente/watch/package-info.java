/**
 * Watching sources ({@code detente watch}, {@code serve --watch}): the sources file (OPML or YAML), the {@link
 * detente.watch.Watcher} that polls each source on its interval through {@link detente.ingest.SourceFetcher} and
 * hands new items to one {@link detente.watch.ArticleIngest}, the record of sources and handled items in the store,
 * and the alerts sent by webhook and e-mail ({@link detente.watch.AlertWatch}). Reads: sources, the store's events.
 * Writes: articles (through ingest), {@code watch_sources}, {@code watch_items}, {@code alerts_sent}.
 */
package detente.watch;
