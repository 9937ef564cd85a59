/**
 * The actors stage: the dated actor dictionary ({@link detente.actor.ActorDictionary}) and the
 * {@link detente.actor.ActorResolver} that turns names, titles, metonyms and references into actor mentions.
 * Reads TOKENS, LEMMAS, POS, NER, DEPENDENCIES; writes MENTIONS.
 */
package detente.actor;
