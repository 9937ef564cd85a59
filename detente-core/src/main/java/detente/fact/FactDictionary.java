package detente.fact;

import detente.dict.DictionarySource;

/**
 * The data the facts stage reads: the gazetteer and the currency table. The gazetteer (~170,000 places) is read
 * on first use, so pipelines without the facts stage never pay for it.
 */
public final class FactDictionary {

    private final DictionarySource source;
    private final Currencies currencies;
    private volatile Gazetteer gazetteer;

    private FactDictionary(DictionarySource source) {
        this.source = source;
        this.currencies = Currencies.load(source);
    }

    public static FactDictionary load(DictionarySource source) {
        return new FactDictionary(source);
    }

    Currencies currencies() {
        return currencies;
    }

    public Gazetteer gazetteer() {
        Gazetteer g = gazetteer;
        if (g == null) {
            synchronized (this) {
                g = gazetteer;
                if (g == null) {
                    g = Gazetteer.load(source);
                    gazetteer = g;
                }
            }
        }
        return g;
    }
}
