package detente.fact;

import detente.dict.DictionarySource;
import detente.dict.WordClasses;

/**
 * The word classes of {@code facts/context-words.yaml}: the verbs that attribute a quote, the words of a
 * casualty count, and the words before a quoted name that make it a title rather than speech.
 */
enum FactWords {
    /** Verbs whose subject is the speaker of a quote beside them ("..., the minister said"). */
    SPEECH,
    /** Words of a death toll: "killed", "dead", "fatalities". */
    KILLED,
    /** Words of an injury count: "wounded", "injured". */
    WOUNDED,
    /** Words allowed between a number and its casualty word: "12 people were killed". */
    FILLER,
    /** Words after which a quotation is a name or title, not speech: "code-named", "dubbed". */
    NAMING;

    static final String FILE = "facts/context-words.yaml";

    static WordClasses<FactWords> load(DictionarySource source) {
        return WordClasses.load(source, FILE, FactWords.class);
    }
}
