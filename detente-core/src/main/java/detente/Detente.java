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

    /** The actors stage; places no actor dictionary names are looked up in the gazetteer, loaded on first use. */
    public static ActorResolver actors(Dictionaries dictionaries) {
        return new ActorResolver(dictionaries.actors(), name -> dictionaries.facts().gazetteer().countryOf(name));
    }

    /** The coding stage (see {@link #pipeline(Stage, Dictionaries, boolean)} for {@code requireTarget}). */
    public static EventCoder events(Dictionaries dictionaries, boolean requireTarget) {
        return new EventCoder(dictionaries.events(), dictionaries.ontology(), requireTarget);
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
                .add(actors(dictionaries))
                .add(events(dictionaries, requireTarget))
                .add(new FactStage(dictionaries.facts()))
                .build();
    }
}
