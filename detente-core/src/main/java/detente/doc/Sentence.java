package detente.doc;

/**
 * A sentence: character span into the article text and its token range {@code [firstToken, endToken)}.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {

    public int tokenCount() {
        return endToken - firstToken;
    }

    public boolean containsToken(int token) {
        return token >= firstToken && token < endToken;
    }
}
