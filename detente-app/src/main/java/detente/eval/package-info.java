/**
 * Conformance evaluation: validation records of other coders (PETRARCH, TABARI) and the scores of our coding
 * against them. Reads events; writes nothing.
 */
package detente.eval;
