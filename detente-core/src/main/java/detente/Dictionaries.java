package detente;

import detente.actor.ActorDictionary;
import detente.dict.DictionarySource;
import detente.event.CameoOntology;
import detente.event.EventDictionary;
import detente.fact.FactDictionary;

/**
 * The dictionaries one pipeline codes with: actors, the CAMEO ontology, the event patterns and the facts data
 * (gazetteer, currencies).
 */
public record Dictionaries(ActorDictionary actors, CameoOntology ontology, EventDictionary events,
                           FactDictionary facts) {

    public static Dictionaries builtIn() {
        return load(DictionarySource.builtIn());
    }

    public static Dictionaries load(DictionarySource source) {
        CameoOntology ontology = CameoOntology.load(source);
        return new Dictionaries(ActorDictionary.load(source), ontology, EventDictionary.load(source, ontology),
                FactDictionary.load(source));
    }

    public Dictionaries withActors(ActorDictionary newActors) {
        return new Dictionaries(newActors, ontology, events, facts);
    }

    public Dictionaries withEvents(EventDictionary newEvents) {
        return new Dictionaries(actors, ontology, newEvents, facts);
    }
}
