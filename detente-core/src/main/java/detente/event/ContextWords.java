package detente.event;

import detente.dict.DictionarySource;
import detente.dict.WordClasses;

/**
 * The word classes of {@code events/context-words.yaml}: words around a trigger that change what it reports (a
 * denied claim, background, a time phrase, a place, negation, intent, a report, a future) and the verbs whose
 * dyads run both ways. Lemmas, compared in lower case.
 */
public final class ContextWords {

    static final String FILE = "events/context-words.yaml";

    /** The classes the coder reads; the file must define each. */
    enum WordClass {
        DENY, JUDGE, UNTRUE, CLAIM, BACKGROUND, TIME, PLACE, TOWARD,
        NEGATOR, NOBODY, CANCELLING, REFUSING, INTENDING, ASKING_NOUN, ASKING_VERB, CAUSING, FUTURE_AUX, HYPOTHETICAL_AUX, CONDITIONAL,
        TELLING, REPORTING, SYMMETRIC
    }

    private final WordClasses<WordClass> words;

    private ContextWords(WordClasses<WordClass> words) {
        this.words = words;
    }

    public static ContextWords builtIn() {
        return load(DictionarySource.builtIn());
    }

    public static ContextWords load(DictionarySource source) {
        return new ContextWords(WordClasses.load(source, FILE, WordClass.class));
    }

    boolean is(WordClass cls, String lemma) {
        return words.is(cls, lemma);
    }

    java.util.Set<String> words(WordClass cls) {
        return words.words(cls);
    }
}
