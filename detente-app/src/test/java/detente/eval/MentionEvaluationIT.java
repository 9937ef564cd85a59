package detente.eval;

import detente.Detente;
import detente.Dictionaries;
import detente.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Mention-level precision and recall on the demo corpus's hand-checked gold. */
class MentionEvaluationIT {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void findsGoldSpansByOccurrence() {
        String text = "Iran said. Iranian and Iran-backed groups. Iran again.";
        assertThat(MentionEvaluation.find(text, "Iran", 1)).isZero();
        assertThat(MentionEvaluation.find(text, "Iran", 2)).isEqualTo(text.indexOf("Iran-backed"));
        assertThat(MentionEvaluation.find(text, "Iran", 3)).isEqualTo(text.lastIndexOf("Iran"));
        assertThat(MentionEvaluation.find(text, "Iran", 4)).isEqualTo(-1);
    }

    @Test
    void demoCorpusMentionsMeetTheFloor() throws Exception {
        Map<String, List<MentionEvaluation.GoldMention>> gold =
                MentionEvaluation.readGold(EXAMPLES.resolve("gold/mentions.tsv"), EXAMPLES.resolve("news"));
        assertThat(gold).hasSizeGreaterThanOrEqualTo(8);
        Pipeline pipeline = Detente.pipeline(Detente.nlp(), Dictionaries.builtIn());
        MentionEvaluation.Score score = MentionEvaluation.score(gold,
                file -> pipeline.process(MentionEvaluation.rawArticle(EXAMPLES.resolve("news"), file)));
        System.out.printf("mentions: gold %d, system %d, found %d, precision %.3f, recall %.3f, F1 %.3f%n",
                score.gold(), score.system(), score.found(), score.precision(), score.recall(), score.f1());
        score.misses().stream().limit(40).forEach(m -> System.out.println("  missed   " + m));
        score.spurious().stream().limit(40).forEach(m -> System.out.println("  spurious " + m));
        assertThat(score.precision()).isGreaterThan(0.75);
        assertThat(score.recall()).isGreaterThan(0.6);
    }
}
