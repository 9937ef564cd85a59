package detente.doc;

/**
 * A sentence: character span into the article text and its token range {@code [firstToken, endToken)}.
 * {@code skipped} says why the NLP stage did not read it in depth (no POS, NER or dependencies: it can hold no
 * event); null when it was parsed.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, String skipped) {

    /** A parsed sentence. */
    public Sentence(int index, int start, int end, int firstToken, int endToken) {
        this(index, start, end, firstToken, endToken, null);
    }

    public int tokenCount() {
        return endToken - firstToken;
    }

    public boolean containsToken(int token) {
        return token >= firstToken && token < endToken;
    }

    /** Whether the NLP stage parsed this sentence (tagged, NER-labelled, dependency-parsed). */
    public boolean parsed() {
        return skipped == null;
    }
}
