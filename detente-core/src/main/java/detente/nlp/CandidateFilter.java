package detente.nlp;

import detente.doc.Document;
import detente.doc.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Which sentences the NLP stage reads in depth (POS, NER, dependencies), decided from tokens alone. An event needs
 * an actor in its sentence, and every actor mention starts from one of three cues: a dictionary name (countries,
 * nationality adjectives, people, organisations, role words), a capitalised run the gazetteer places in a country,
 * or a reference ("he", "both countries", "the group", "we" in a quote) that can only resolve to an actor named
 * earlier in the document. A sentence with none of them can hold no event, and its parse would change no other
 * sentence's reading: the focus that references resolve against (the sentence before a pronoun, a quote's
 * speaker) is fed only by actor mentions, and those sentences are kept. A document with no name at all is not
 * parsed.
 *
 * <p>The cues are read as the actors stage reads names (the standard pipeline gives its {@code ActorCues}), with
 * every token taken for a possible noun, so the filter loses an event only where the parse-free reading misses a form the parsed one finds;
 * docs/throughput.md reports what it lost on each corpus.
 */
public final class CandidateFilter {

    /** Whether a sentence is read in depth, and why. */
    public record Verdict(boolean parse, String reason) {
    }

    /** Where in a sentence of a token-only document a cue is, described; null when there is none. */
    @FunctionalInterface
    public interface Cue {
        String in(Document tokens, Sentence sentence);
    }

    private final Cue names;
    private final Cue references;

    /**
     * @param names      the first actor name or known place in a sentence
     * @param references the first word that may refer back to an actor ("he", "both countries")
     */
    public CandidateFilter(Cue names, Cue references) {
        this.names = names;
        this.references = references;
    }

    /**
     * One verdict per sentence of a document that has tokens and sentences but no parse; its lemmas are what
     * the tokeniser could guess without tags (a plural noun's singular).
     */
    public List<Verdict> select(Document tokens) {
        List<Sentence> sentences = tokens.sentences();
        List<String> found = new ArrayList<>(sentences.size());
        boolean any = false;
        for (Sentence sentence : sentences) {
            String cue = names.in(tokens, sentence);
            found.add(cue);
            any |= cue != null;
        }
        List<Verdict> out = new ArrayList<>(sentences.size());
        if (!any) {
            Verdict none = new Verdict(false, "no actor name, role word or known place in the whole document");
            sentences.forEach(s -> out.add(none));
            return out;
        }
        boolean named = false;
        for (int s = 0; s < sentences.size(); s++) {
            String name = found.get(s);
            String reference = named && name == null ? references.in(tokens, sentences.get(s)) : null;
            if (name != null) {
                out.add(new Verdict(true, name));
                named = true;
            } else if (reference != null) {
                out.add(new Verdict(true, "'" + reference + "' may refer to an actor named before"));
            } else {
                out.add(new Verdict(false, named ? "no actor name, role word, known place or reference to one"
                        : "no actor name, role word or known place, and none before it"));
            }
        }
        return out;
    }
}
