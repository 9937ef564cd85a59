/**
 * The document model every stage reads and writes: an {@link detente.doc.Article} and its typed layers
 * (sentences, tokens, dependencies, actor mentions, events, quotes, quantities, time expressions). Values are
 * records; offsets are character offsets into the article text.
 */
package detente.doc;
