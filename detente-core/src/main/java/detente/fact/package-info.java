/**
 * The facts stage: direct quotes and their speakers, casualty counts, money, percentages and other counts, time
 * expressions resolved against the publication date, and event dates and places resolved through a gazetteer.
 * Reads TOKENS, SENTENCES, DEPENDENCIES, MENTIONS, EVENTS; writes QUOTES, QUANTITIES, TIMEXES and re-dates and
 * locates EVENTS. See docs/facts.md.
 */
package detente.fact;
