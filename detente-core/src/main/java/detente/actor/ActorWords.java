package detente.actor;

import detente.dict.DictionarySource;
import detente.dict.WordClasses;

/**
 * The word classes of {@code actors/context-words.yaml}: words around a name that tell who a reference or a role
 * word is ("both countries", "the group", "Iran-backed", "in the city of"). Lemmas or token text, in lower case.
 */
enum ActorWords {
    /** Verbs whose subject is the speaker of a quote, so that "we" inside the quote is that speaker. */
    SPEECH,
    /** Nouns of "both countries", "the two sides": a reference to the two actors in focus. */
    PAIR,
    /** The pair nouns that mean the two governments ("both leaders"), not the countries. */
    PAIR_GOVERNMENT,
    /** Nouns that refer back to the last armed or political group: "the group", "the militia". */
    GROUP,
    /** Nouns that refer back to the last intergovernmental body: "the alliance", "the council". */
    IGO,
    /** Suffixes of "Iran-backed", "Turkish-funded": the country before the dash sponsors the actor. */
    SPONSOR,
    /** Nouns of a place whose "of" phrase names it: "the city of Aleppo", "the province of Idlib". */
    PLACE,
    /** Prepositions before a name that make it a place, not an actor: "in Iran", "near Erbil". */
    LOCATIVE,
    /** Words before a title that make it a past office: "former President", "the late king". */
    FORMER;

    static final String FILE = "actors/context-words.yaml";

    static WordClasses<ActorWords> load(DictionarySource source) {
        return WordClasses.load(source, FILE, ActorWords.class);
    }
}
