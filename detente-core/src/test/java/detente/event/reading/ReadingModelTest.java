package detente.event.reading;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ReadingModelTest {

    private static ReadingModel small() {
        LinearHead role = new LinearHead("role", List.of("no", "yes"), new double[] {0.5, -0.5},
                Map.of("srel=nsubj", new double[] {-1, 1}, "trel=obj", new double[] {-0.75, 0.75}));
        LinearHead type = new LinearHead("type", List.of("ASSAULT", "CONSULT"), new double[] {0, 0},
                Map.of("gov=strike", new double[] {2, -2}, "gov=meet", new double[] {-2, 2}));
        LinearHead classes = new LinearHead("class", List.of("0", "1", "2", "3", "4"), new double[5],
                Map.of("w=strike", new double[] {0, 0, 0, 0, 1.5}));
        return new ReadingModel("test-1", 0.4, Map.of("ASSAULT", "190", "CONSULT", "040"), role, type, classes);
    }

    private static String text(ReadingModel model) throws IOException {
        StringWriter w = new StringWriter();
        model.write(w);
        return w.toString();
    }

    @Test
    void writesAndReadsBackTheSameModelAndBytes() throws IOException {
        String written = text(small());
        ReadingModel read = ReadingModel.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), "t");
        assertThat(text(read)).isEqualTo(written);
        assertThat(read.version()).isEqualTo("test-1");
        assertThat(read.threshold()).isEqualTo(0.4);
        assertThat(read.codes()).containsEntry("ASSAULT", "190");
        assertThat(read.type().weights().get("gov=strike")).containsExactly(2.0, -2.0);
    }

    @Test
    void probabilitiesFollowTheWeightsAndSumToOne() {
        LinearHead role = small().role();
        double[] none = role.probabilities(List.of());
        double[] subjectObject = role.probabilities(List.of("srel=nsubj", "trel=obj", "unknown feature"));
        assertThat(none[0] + none[1]).isCloseTo(1.0, within(1e-9));
        assertThat(none[1]).isLessThan(0.5);
        // yes: -0.5 + 1 + 0.75 = 1.25 against no: 0.5 - 1 - 0.75 = -1.25, 2.5 apart in log-odds.
        assertThat(subjectObject[1]).isCloseTo(1 / (1 + Math.exp(-2.5)), within(1e-9));
        assertThat(role.strongest(List.of("srel=nsubj", "trel=obj"), "yes", 1))
                .extracting(LinearHead.Contribution::feature).containsExactly("srel=nsubj");
    }

    @Test
    void aMissingFileIsOneLineNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope.tsv");
        assertThatThrownBy(() -> ReadingModel.load(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model " + missing + ": no such file");
    }

    @Test
    void aCorruptFileNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.tsv");
        String good = text(small());
        Files.writeString(bad, good.replace("bias\trole\t0.5000,-0.5000", "bias\trole\t0.5000,x"));
        assertThatThrownBy(() -> ReadingModel.load(bad)).hasMessageStartingWith("model " + bad + " line ")
                .hasMessageNotContaining("\n");
        Files.writeString(bad, "hello\tworld\n");
        assertThatThrownBy(() -> ReadingModel.load(bad)).hasMessageContaining("line 1: unknown line kind 'hello'");
        Files.writeString(bad, good.replace("code\tCONSULT\t040\n", ""));
        assertThatThrownBy(() -> ReadingModel.load(bad)).hasMessage("model " + bad + ": type CONSULT has no CAMEO code");
    }

    @Test
    void classesFollowTheCameoRoot() {
        assertThat(LearnedReading.classOf("010")).isZero();
        assertThat(LearnedReading.classOf("0256")).isZero();
        assertThat(LearnedReading.classOf("036")).isEqualTo(1);
        assertThat(LearnedReading.classOf("070")).isEqualTo(2);
        assertThat(LearnedReading.classOf("090")).isEqualTo(3);
        assertThat(LearnedReading.classOf("130")).isEqualTo(3);
        assertThat(LearnedReading.classOf("141")).isEqualTo(4);
        assertThat(LearnedReading.classOf("190")).isEqualTo(4);
    }

    @Test
    void eventTypesNameYieldAndStatementAsThePairDataDoes() {
        assertThat(EventTypes.of("080", "CONCEDE")).isEqualTo("YIELD");
        assertThat(EventTypes.of("087", "RETREAT")).isEqualTo("YIELD");
        assertThat(EventTypes.of("010", null)).isEqualTo("STATEMENT");
        assertThat(EventTypes.of("190", "ASSAULT")).isEqualTo("ASSAULT");
    }
}
