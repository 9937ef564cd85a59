package detente;

import detente.actor.ActorResolver;
import detente.event.EventCoder;
import detente.nlp.corenlp.CoreNlpStage;
import detente.pipeline.Pipeline;
import detente.pipeline.Stage;

/**
 * The entry points of the library. The standard pipeline is {@code nlp → actors → events}; the NLP stage is
 * passed in because loading its models takes seconds and one loaded stage serves every pipeline and thread.
 */
public final class Detente {

    private Detente() {
    }

    /** Loads CoreNLP's models (seconds): once per process. */
    public static CoreNlpStage loadNlp() {
        return CoreNlpStage.load();
    }

    /** The standard pipeline over an already loaded NLP stage. */
    public static Pipeline pipeline(Stage nlp, Dictionaries dictionaries) {
        return Pipeline.builder()
                .add(nlp)
                .add(new ActorResolver(dictionaries.actors()))
                .add(new EventCoder(dictionaries.events(), dictionaries.ontology()))
                .build();
    }
}
