package detente.testing;

import detente.nlp.corenlp.CoreNlpStage;

/** One CoreNLP stage per test JVM: loading the models takes seconds, and the stage is thread-safe. */
public final class SharedNlp {

    private static volatile CoreNlpStage stage;

    private SharedNlp() {
    }

    public static CoreNlpStage get() {
        CoreNlpStage local = stage;
        if (local == null) {
            synchronized (SharedNlp.class) {
                local = stage;
                if (local == null) {
                    local = CoreNlpStage.load();
                    stage = local;
                }
            }
        }
        return local;
    }
}
