package detente.doc;

/**
 * A stretch of text that names an actor. {@code [start, end)} are character offsets into the article text,
 * {@code [firstToken, endToken)} the tokens it covers, {@code head} the token that carries its syntactic role.
 *
 * @param via how it was resolved: {@code dictionary}, {@code composed}, {@code metonym}, {@code title},
 *            {@code pronoun}, {@code pair}, {@code place}, {@code role} (a role with no country), {@code ner}
 *            (unknown to the dictionary)
 * @param sponsor a country that backs the actor without being it ("Iran-backed Houthis" → IRN), else null
 */
public record Mention(int start, int end, String text, int sentence, int firstToken, int endToken, int head,
                      Actor actor, String via, String sponsor) {

    /** The mention over tokens {@code [first, end)} of a document, its offsets and text taken from them. */
    public static Mention over(Document document, int sentence, int first, int end, int head, Actor actor, String via,
                               String sponsor) {
        int start = document.token(first).start();
        int stop = document.token(end - 1).end();
        return new Mention(start, stop, document.textOf(start, stop), sentence, first, end, head, actor, via, sponsor);
    }

    /** The same words naming another actor ("US and British activists" is USAOPP and GBROPP). */
    public Mention withActor(Actor other, String how) {
        return new Mention(start, end, text, sentence, firstToken, endToken, head, other, how, null);
    }

    public boolean coversToken(int token) {
        return token >= firstToken && token < endToken;
    }
}
