package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractionEvaluationTest {

    private final ExtractionEvaluation evaluation = new ExtractionEvaluation();

    @Test
    void scoresIdenticalTextsAsPerfect() {
        ExtractionScore score = evaluation.score("p", "One two three four five.", "One  two three four five");

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.f1()).isEqualTo(1.0);
    }

    @Test
    void countsExtraAndMissingShingles() {
        String truth = "a b c d e f g h";
        ExtractionScore partial = evaluation.score("p", truth, "a b c d e");
        ExtractionScore noisy = evaluation.score("p", truth, truth + " menu home login");

        assertThat(partial.precision()).isEqualTo(1.0);
        assertThat(partial.recall()).isCloseTo(2.0 / 5, within(1e-9));
        assertThat(noisy.recall()).isEqualTo(1.0);
        assertThat(noisy.precision()).isCloseTo(5.0 / 8, within(1e-9));
    }

    @Test
    void comparesPlainTokenMultisetsWithShinglesOfOne() {
        ExtractionScore score = new ExtractionEvaluation(1).score("p", "the cat the dog", "the dog the");

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void handlesEmptyTextsLikeTheBenchmark() {
        assertThat(evaluation.score("p", "", "").f1()).isEqualTo(1.0);
        assertThat(evaluation.score("p", "some words here", "").recall()).isEqualTo(0.0);
        ExtractionReport report = new ExtractionReport(List.of(evaluation.score("a", "x y z w", "x y z w"),
                evaluation.score("b", "x y z w", "")));
        assertThat(report.precision()).isEqualTo(1.0);
        assertThat(report.recall()).isEqualTo(0.5);
        assertThat(report.count()).isEqualTo(2);
        assertThat(report.summary()).startsWith("pages=2 P=1.000 R=0.500 F1=0.667");
    }

    @Test
    void reachesTheTargetOnTheArticleExtractionBenchmark() throws Exception {
        Optional<Path> dir = BenchmarkData.locate();
        assumeTrue(dir.isPresent(), "skipped: benchmark not found (looked for " + BenchmarkData.RELATIVE
                + " beside and above " + Path.of("").toAbsolutePath() + ")");
        ContentExtractor extractor = new ContentExtractor();

        ExtractionReport report = evaluation.evaluate(dir.get(), extractor::extract);

        System.out.println("article-extraction-benchmark: " + report.summary());
        assertThat(report.count()).isEqualTo(181);
        assertThat(report.f1()).isGreaterThanOrEqualTo(0.96);
    }
}
