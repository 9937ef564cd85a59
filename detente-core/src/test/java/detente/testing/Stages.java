package detente.testing;

import detente.Detente;
import detente.Dictionaries;
import detente.pipeline.Pipeline;

/**
 * The standard pipeline over {@link Parses recorded parses}, with the built-in dictionaries loaded once per test
 * run rather than once per test class (loading them takes about a second; the gazetteer another on first use).
 * The dictionaries are not changed by the stages, so tests share them.
 */
public final class Stages {

    private static final class BuiltIn {
        static final Dictionaries DICTIONARIES = Dictionaries.builtIn();
        static final Pipeline PIPELINE = Detente.pipeline(Parses.stage(), DICTIONARIES);
    }

    private Stages() {
    }

    /** The built-in dictionaries, loaded on first use. */
    public static Dictionaries dictionaries() {
        return BuiltIn.DICTIONARIES;
    }

    /** Recorded NLP → actors → events (patterns and the built-in reading) → facts. */
    public static Pipeline pipeline() {
        return BuiltIn.PIPELINE;
    }
}
