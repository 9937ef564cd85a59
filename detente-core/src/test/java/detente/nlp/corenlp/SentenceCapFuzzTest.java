package detente.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random texts through CoreNLP's tokenizer and sentence splitter and the {@link SentenceCap} (no models
 * needed): no sentence passes the cap, every token stays in exactly one sentence, in order, and the sentence
 * spans tile the tokens. {@code -Ddetente.fuzz.cases=N} for a long run.
 */
class SentenceCapFuzzTest {

    private static final int CASES = Integer.getInteger("detente.fuzz.cases", 100);
    private static final String[] PIECES = {"Iran", "and", "Türkiye", "agreed", ",", ";", ":", ".", "talks",
        "Mr.", "U.S.", "x,x,x", "--", "(", ")", "\"", "’", "1,000", "said", "\n", "\n\n", "and", "or", "but"};

    @Test
    void noSentencePassesTheCapAndNoTokenIsLost() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit," + SentenceCap.NAME);
        props.setProperty("customAnnotatorClass." + SentenceCap.NAME, SentenceCap.class.getName());
        props.setProperty(SentenceCap.NAME + ".maxTokens", "40");
        props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true,splitHyphenated=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        Random random = new Random(Long.getLong("detente.fuzz.seed", 20241208L));
        for (int c = 0; c < CASES; c++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(c % 5 == 0 ? 2_000 : 200);
            for (int w = 0; w < words; w++) {
                text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(6) == 0 ? "" : " ");
            }
            Annotation annotation = new Annotation(text.toString());
            pipeline.annotate(annotation);
            List<CoreLabel> all = annotation.get(CoreAnnotations.TokensAnnotation.class);
            int next = 0;
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                assertThat(tokens.size()).as("case %d", c).isBetween(1, 40);
                for (int i = 0; i < tokens.size(); i++) {
                    assertThat(tokens.get(i)).as("case %d", c).isSameAs(all.get(next++));
                    assertThat(tokens.get(i).index()).isEqualTo(i + 1);
                }
                assertThat(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class))
                        .isEqualTo(tokens.get(0).beginPosition());
            }
            assertThat(next).as("case %d: every token in one sentence", c).isEqualTo(all.size());
        }
    }
}
