package detente.doc;

/**
 * A sentence: character span into the article text and its token range {@code [firstToken, endToken)}. A sentence
 * that is {@code cut} is the continuation of one the NLP stage split at its token cap: no dependency links it to
 * the sentence before, so an event whose parts fall on either side of the cut is not coded. {@code skipped} says
 * why the NLP stage did not read it in depth (no POS, NER or dependencies: it can hold no event); null when it was
 * parsed.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, boolean cut, String skipped) {

    /**
     * The most tokens the NLP stage parses as one sentence: past this the parser's time grows faster than the
     * sentence (one 20,000-character sentence took 3 s, 40,000 took 35 s); a news sentence is a tenth of this.
     */
    public static final int MAX_TOKENS = 250;

    /** A parsed sentence, not cut. */
    public Sentence(int index, int start, int end, int firstToken, int endToken) {
        this(index, start, end, firstToken, endToken, false, null);
    }

    /** A parsed sentence, cut or not. */
    public Sentence(int index, int start, int end, int firstToken, int endToken, boolean cut) {
        this(index, start, end, firstToken, endToken, cut, null);
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
