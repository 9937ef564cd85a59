package detente;

import detente.actor.ActorResolver;
import detente.event.EventCoder;
import detente.fact.FactStage;
import detente.nlp.corenlp.CoreNlpStage;
import detente.pipeline.Pipeline;
import detente.pipeline.Stage;

/**
 * The entry points of the library. The standard pipeline is {@code nlp → actors → events → facts}; the NLP stage is
 * passed in because loading its models takes seconds and one loaded stage serves every pipeline and thread.
 */
public final class Detente {

    private Detente() {
    }

    /** The NLP stage with CoreNLP's models, loaded once per process on first use (seconds). */
    public static CoreNlpStage nlp() {
        return CoreNlpStage.shared();
    }

    /** The standard pipeline over an already loaded NLP stage. */
    public static Pipeline pipeline(Stage nlp, Dictionaries dictionaries) {
        return pipeline(nlp, dictionaries, true);
    }

    /**
     * The standard pipeline; with {@code requireTarget} false, patterns that name a target also code when none is
     * found (see {@link EventCoder#EventCoder(detente.event.EventDictionary, detente.event.CameoOntology, boolean)}).
     */
    public static Pipeline pipeline(Stage nlp, Dictionaries dictionaries, boolean requireTarget) {
        return Pipeline.builder()
                .add(nlp)
                .add(new ActorResolver(dictionaries.actors()))
                .add(new EventCoder(dictionaries.events(), dictionaries.ontology(), requireTarget))
                .add(new FactStage(dictionaries.facts()))
                .build();
    }
}
