package detente.doc;

/** The typed annotation layers a {@link Document} carries; stages declare which they need and which they add. */
public enum Layer {
    TOKENS, SENTENCES, LEMMAS, POS, NER, DEPENDENCIES, MENTIONS, EVENTS, QUOTES, QUANTITIES, TIMEXES
}
