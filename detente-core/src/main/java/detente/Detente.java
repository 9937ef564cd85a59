package detente;

import detente.actor.ActorCues;
import detente.actor.ActorResolver;
import detente.event.EventCoder;
import detente.event.reading.LearnedReading;
import detente.event.reading.ReadingModel;
import detente.fact.FactStage;
import detente.nlp.CandidateFilter;
import detente.nlp.SelectiveParser;
import detente.nlp.corenlp.CoreNlpStage;
import detente.pipeline.Pipeline;
import detente.pipeline.Stage;
import detente.pipeline.TimeBudget;

/**
 * The entry points of the library. The standard pipeline is {@code nlp → actors → events → facts}, its events
 * coded by patterns and then the learned reading; the NLP stage is
 * passed in because loading its models takes seconds and one loaded stage serves every pipeline and thread.
 */
public final class Detente {

    private Detente() {
    }

    /** The actors stage; places no actor dictionary names are looked up in the gazetteer, loaded on first use. */
    public static ActorResolver actors(Dictionaries dictionaries) {
        return new ActorResolver(dictionaries.actors(), name -> dictionaries.facts().gazetteer().countryOf(name));
    }

    /**
     * The combined coder: patterns, then the built-in learned reading where they code nothing (see {@link
     * #pipeline(Stage, Dictionaries, boolean)} for {@code requireTarget}).
     */
    public static EventCoder events(Dictionaries dictionaries, boolean requireTarget) {
        return events(dictionaries, requireTarget, reading(), 0);
    }

    /**
     * The coding stage with a chosen reading: {@code reading} null codes with the patterns alone; events below
     * {@code minConfidence} are not coded.
     */
    public static EventCoder events(Dictionaries dictionaries, boolean requireTarget, LearnedReading reading,
                                    double minConfidence) {
        return new EventCoder(dictionaries.events(), dictionaries.ontology(), requireTarget, reading, minConfidence);
    }

    /** The learned reading with the model that ships with detente, read once per process (immutable). */
    public static LearnedReading reading() {
        return BuiltInReading.INSTANCE;
    }

    private static final class BuiltInReading {
        static final LearnedReading INSTANCE = new LearnedReading(ReadingModel.builtIn());
    }

    /**
     * The time the standard pipeline gives one article (60 s): a long news article codes in a few seconds, and
     * the budget keeps a pathological one from holding a coding thread for minutes. One alarm thread serves all.
     */
    public static final TimeBudget ARTICLE_BUDGET = new TimeBudget(java.time.Duration.ofSeconds(60));

    /** Which sentences can hold an event, judged from tokens with the dictionaries and the gazetteer. */
    public static CandidateFilter candidates(Dictionaries dictionaries) {
        ActorCues cues = new ActorCues(dictionaries.actors(), name -> dictionaries.facts().gazetteer().countryOf(name));
        return new CandidateFilter((tokens, sentence) -> cues.nameIn(tokens, sentence, tokens.article().date()),
                cues::referenceIn);
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
        return pipeline(nlp, dictionaries, events(dictionaries, requireTarget));
    }

    /**
     * The standard pipeline with a coding stage of the caller's (a chosen reading and confidence cut). An NLP
     * stage that can ({@link SelectiveParser}) parses only the sentences the {@link #candidates candidate filter}
     * keeps; pass {@code nlp} through {@link #pipelineParsingAll} to parse every sentence.
     */
    public static Pipeline pipeline(Stage nlp, Dictionaries dictionaries, EventCoder coder) {
        Stage parse = nlp instanceof SelectiveParser selective ? selective.selecting(candidates(dictionaries)) : nlp;
        return pipelineParsingAll(parse, dictionaries, coder);
    }

    /** The standard pipeline with {@code nlp} as given: every sentence parsed unless it filters itself. */
    public static Pipeline pipelineParsingAll(Stage nlp, Dictionaries dictionaries, EventCoder coder) {
        return Pipeline.builder()
                .add(nlp)
                .add(actors(dictionaries))
                .add(coder)
                .add(new FactStage(dictionaries.facts()))
                .budget(ARTICLE_BUDGET)
                .build();
    }
}
