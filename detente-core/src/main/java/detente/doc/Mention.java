package detente.doc;

/**
 * A stretch of text that names an actor. {@code [start, end)} are character offsets into the article text,
 * {@code [firstToken, endToken)} the tokens it covers, {@code head} the token that carries its syntactic role.
 *
 * @param via how it was resolved
 * @param sponsor a country that backs the actor without being it ("Iran-backed Houthis" → IRN), else null
 */
public record Mention(int start, int end, String text, int sentence, int firstToken, int endToken, int head,
                      Actor actor, Via via, String sponsor) {

    /** The mention over tokens {@code [first, end)} of a document, its offsets and text taken from them. */
    public static Mention over(Document document, int sentence, int first, int end, int head, Actor actor, Via via,
                               String sponsor) {
        int start = document.token(first).start();
        int stop = document.token(end - 1).end();
        return new Mention(start, stop, document.textOf(start, stop), sentence, first, end, head, actor, via, sponsor);
    }

    /** The same words naming another actor ("US and British activists" is USAOPP and GBROPP). */
    public Mention withActor(Actor other, Via how) {
        return new Mention(start, end, text, sentence, firstToken, endToken, head, other, how, null);
    }

    /** How a mention was resolved; written in lower case in output and the store ({@code composed}). */
    public enum Via {
        /** A dictionary name: "Iran", "Hamas", "Erdoğan". */
        DICTIONARY,
        /** A country, group or organisation with a role word: "Turkish troops" (TURMIL). */
        COMPOSED,
        /** A role word that refers to a dictionary person: "the Iranian president" on a date. */
        REFERENCE,
        /** A place that is where, not who: "in Ankara". */
        PLACE,
        /** A capital or seat of power for its government: "Ankara said" (TURGOV). */
        METONYM,
        /** A nationality adjective alone: "Iranian drones". */
        ADJECTIVE,
        /** A title that gives an unlisted person a country and role: "Prime Minister Orbán". */
        TITLE,
        /** A role word with the country its institution belongs to. */
        INSTITUTION,
        /** A role with no country: "a senior official" (---GOV). */
        ROLE,
        /** "he" or "she" in subject position: the last person. */
        PRONOUN,
        /** "both countries", "the two sides": the pair in focus. */
        PAIR,
        /** "the group", "the council": the last organisation of its kind. */
        ANAPHOR,
        /** "we" inside a quote: its speaker. */
        SPEAKER,
        /** A name NER finds and the dictionary lacks. */
        NER,
        /** A name in apposition that renames a role: "its envoy, Ali Bagheri". */
        APPOSITION;

        /** The lower-case name used in output and the store. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The value of a {@link #label()}; an unknown label is an error naming it. */
        public static Via of(String label) {
            try {
                return valueOf(label.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("unknown mention 'via': " + label);
            }
        }
    }

    public boolean coversToken(int token) {
        return token >= firstToken && token < endToken;
    }
}
