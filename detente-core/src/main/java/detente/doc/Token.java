package detente.doc;

/**
 * One token of a document. {@code index} is the token's position in the whole document, {@code start}/{@code end}
 * are character offsets into the article text, {@code sentence} the index of its sentence.
 */
public record Token(int index, int sentence, String text, int start, int end, String lemma, String pos, String ner) {

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }
}
