/**
 * The coding stage: the CAMEO ontology, the event pattern dictionary and the {@link detente.event.EventCoder}
 * that binds patterns to actor mentions over dependency structure. Reads TOKENS, LEMMAS, POS, DEPENDENCIES,
 * MENTIONS; writes EVENTS.
 */
package detente.event;
