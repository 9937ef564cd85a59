/**
 * Measuring accuracy against gold data: actor mentions, and conformance with other coders' validation records
 * (PETRARCH, TABARI). Reads documents and events; writes nothing.
 */
package detente.eval;
