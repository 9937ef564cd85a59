package detente.spark;

import detente.Detente;
import detente.Dictionaries;
import detente.dict.DictionarySource;
import detente.pipeline.Pipeline;

import java.nio.file.Path;

/**
 * One pipeline per JVM, built on first use and shared by every task the JVM runs: CoreNLP's models load once per
 * executor (seconds), not once per partition. The dictionary directory must be the same for every task.
 */
final class Pipelines {

    private static volatile Pipeline shared;

    private Pipelines() {
    }

    static Pipeline shared(String dictionaryDir) {
        Pipeline p = shared;
        if (p == null) {
            synchronized (Pipelines.class) {
                p = shared;
                if (p == null) {
                    Dictionaries dictionaries = dictionaryDir == null ? Dictionaries.builtIn()
                            : Dictionaries.load(DictionarySource.overriddenBy(Path.of(dictionaryDir)));
                    p = Detente.pipeline(Detente.nlp(), dictionaries);
                    shared = p;
                }
            }
        }
        return p;
    }
}
