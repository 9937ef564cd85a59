/**
 * Ingest: turns inputs (plain text, HTML, gzipped HTML, RSS/Atom feeds, JSON Lines, directories, URLs, stdin) into
 * clean, dated {@link detente.doc.Article}s for the NLP stage. {@link detente.ingest.ArticleReader} is the entry
 * point; {@link detente.ingest.ContentExtractor} finds the article body of a page and keeps boilerplate and comment
 * sections out; {@link detente.ingest.TextNormalizer} cleans text with a map back to original offsets;
 * {@link detente.ingest.ExtractionEvaluation} scores extraction against a benchmark. Reads: raw inputs. Writes: articles
 * (id, title, date, url, source, author, language, text), failures and warnings. Bad inputs never stop a batch.
 */
package detente.ingest;
