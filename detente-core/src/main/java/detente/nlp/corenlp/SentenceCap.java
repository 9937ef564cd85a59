package detente.nlp.corenlp;

import detente.doc.Sentence;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A CoreNLP annotator, run right after sentence splitting, that cuts every sentence longer than
 * {@code cap.maxTokens} tokens into parts of at most that many, so that tagging, NER and the dependency parser
 * (whose conjunction handling grows faster than the sentence) see bounded input whatever the text. A cut falls
 * after the last comma, semicolon or colon in the second half of the part, else at the limit. Each part after the
 * first carries {@link Cut}, which the stage turns into {@code Sentence.cut()}.
 */
public final class SentenceCap implements Annotator {

    /** The name the stage registers this annotator under. */
    public static final String NAME = "cap";

    /** Marks a sentence that the cap cut from the one before it. */
    public static final class Cut implements CoreAnnotation<Boolean> {
        @Override
        public Class<Boolean> getType() {
            return Boolean.class;
        }
    }

    private final int maxTokens;

    /** The constructor CoreNLP calls for {@code customAnnotatorClass.cap}. */
    public SentenceCap(String name, Properties props) {
        this(Integer.parseInt(props.getProperty(name + ".maxTokens", String.valueOf(Sentence.MAX_TOKENS))));
    }

    SentenceCap(int maxTokens) {
        if (maxTokens < 2) {
            throw new IllegalArgumentException("cap.maxTokens must be at least 2, not " + maxTokens);
        }
        this.maxTokens = maxTokens;
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.stream().allMatch(s -> tokens(s).size() <= maxTokens)) {
            return;
        }
        String text = annotation.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = tokens(sentence);
            int tokenBase = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            for (int from = 0; from < tokens.size(); ) {
                int to = cutPoint(tokens, from);
                List<CoreLabel> part = new ArrayList<>(tokens.subList(from, to));
                CoreMap piece = new ArrayCoreMap(sentence);
                int begin = part.get(0).beginPosition();
                int end = part.get(part.size() - 1).endPosition();
                piece.set(CoreAnnotations.TokensAnnotation.class, part);
                piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
                piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
                piece.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
                piece.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBase + from);
                piece.set(CoreAnnotations.TokenEndAnnotation.class, tokenBase + to);
                if (from > 0) {
                    piece.set(Cut.class, true);
                }
                out.add(piece);
                from = to;
            }
        }
        for (int i = 0; i < out.size(); i++) {
            out.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            List<CoreLabel> tokens = tokens(out.get(i));
            for (int t = 0; t < tokens.size(); t++) {
                tokens.get(t).setSentIndex(i);
                tokens.get(t).setIndex(t + 1); // the parser numbers words from 1 within their sentence
            }
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    /** Where the part starting at {@code from} ends: its whole rest if short enough, else after a clause mark. */
    private int cutPoint(List<CoreLabel> tokens, int from) {
        int limit = from + maxTokens;
        if (tokens.size() <= limit) {
            return tokens.size();
        }
        for (int i = limit - 1; i > from + maxTokens / 2; i--) {
            String word = tokens.get(i - 1).word();
            if (word.equals(",") || word.equals(";") || word.equals(":")) {
                return i;
            }
        }
        return limit;
    }

    private static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(Cut.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }
}
