package detente.doc;

/**
 * A stretch of text that names an actor. {@code [start, end)} are character offsets into the article text,
 * {@code [firstToken, endToken)} the tokens it covers, {@code head} the token that carries its syntactic role.
 *
 * @param via how it was resolved: {@code dictionary}, {@code composed}, {@code metonym}, {@code title},
 *            {@code pronoun}, {@code pair}, {@code ner} (unknown to the dictionary)
 * @param sponsor a country that backs the actor without being it ("Iran-backed Houthis" → IRN), else null
 */
public record Mention(int start, int end, String text, int sentence, int firstToken, int endToken, int head,
                      Actor actor, String via, String sponsor) {

    public boolean coversToken(int token) {
        return token >= firstToken && token < endToken;
    }
}
