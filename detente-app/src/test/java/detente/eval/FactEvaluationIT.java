package detente.eval;

import detente.Detente;
import detente.Dictionaries;
import detente.doc.Document;
import detente.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Quote attribution and casualty extraction on the demo corpus's hand-checked gold. */
class FactEvaluationIT {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Pipeline PIPELINE = Detente.pipeline(Detente.nlp(), Dictionaries.builtIn());
    private static final Map<String, Document> CACHE = new HashMap<>();
    private static final Function<String, Document> PROCESS = file -> CACHE.computeIfAbsent(file,
            f -> PIPELINE.process(GoldArticles.read(EXAMPLES.resolve("news"), f)));

    @Test
    void quotesMeetTheFloor() throws Exception {
        FactEvaluation.QuoteScore s = FactEvaluation.scoreQuotes(
                FactEvaluation.readQuotes(EXAMPLES.resolve("gold/quotes.tsv")), PROCESS);
        System.out.printf("quotes: gold %d, system %d, found %d, precision %.3f, recall %.3f, speaker %d/%d = %.3f, "
                        + "speaker code %d/%d = %.3f%n", s.gold(), s.system(), s.found(), s.precision(), s.recall(),
                s.speakerRight(), s.found(), s.attribution(), s.codeRight(), s.withCode(), s.codeAccuracy());
        s.errors().forEach(e -> System.out.println("  " + e));
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(s.attribution()).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void casualtiesMeetTheFloor() throws Exception {
        FactEvaluation.CasualtyScore s = FactEvaluation.scoreCasualties(
                FactEvaluation.readCasualties(EXAMPLES.resolve("gold/casualties.tsv")), PROCESS);
        System.out.printf("casualties: gold %d, system %d, found %d, precision %.3f, recall %.3f, values %d/%d = %.3f%n",
                s.gold(), s.system(), s.found(), s.precision(), s.recall(), s.valueRight(), s.found(), s.valueAccuracy());
        s.errors().forEach(e -> System.out.println("  " + e));
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.7);
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.8);
    }
}
