package detente.fact;

import detente.dict.DictionarySource;
import detente.dict.WordClasses;

/**
 * The data the facts stage reads: the gazetteer, the currency table and the context words. The gazetteer (~170,000 places) is read
 * on first use, so pipelines without the facts stage never pay for it.
 */
public final class FactDictionary {

    private final DictionarySource source;
    private final Currencies currencies;
    private final WordClasses<FactWords> words;
    private volatile Gazetteer gazetteer;

    private FactDictionary(DictionarySource source) {
        this.source = source;
        this.currencies = Currencies.load(source);
        this.words = FactWords.load(source);
    }

    public static FactDictionary load(DictionarySource source) {
        return new FactDictionary(source);
    }

    /** The words of quotes and casualty counts ({@code facts/context-words.yaml}). */
    WordClasses<FactWords> words() {
        return words;
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
