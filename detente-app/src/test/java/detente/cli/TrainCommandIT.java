package detente.cli;

import detente.event.reading.ReadingModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code detente train} and {@code detente eval classes|pairs} on the small training set the project wrote. */
class TrainCommandIT {

    private static final String TRAINING = "src/test/resources/training";

    @Test
    void trainingTwiceGivesTheSameBytesAndAModelThatCodes(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("a/reading.tsv");
        Path second = dir.resolve("b/reading.tsv");
        CliRunner.Result a = CliRunner.run("train", "--training", TRAINING, "--out", first.toString(),
                "--folds", "2", "--cache", dir.resolve("cache").toString());
        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(a.out()).contains("2-fold cross-validation").contains("five-class: 38 sentences")
                .contains("pairs: 16").containsPattern("\\d+ passed, \\d+ failed").contains("written to " + first);
        // Without the cache: parsing again must not change a weight.
        CliRunner.Result b = CliRunner.run("train", "--training", TRAINING, "--out", second.toString(),
                "--folds", "0", "--threshold", a.out().replaceAll("(?s).*\\(threshold ([0-9.]+);.*", "$1"),
                "--cache", dir.resolve("cache2").toString());
        assertThat(b.exit()).as(b.err()).isZero();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        ReadingModel model = ReadingModel.load(first);
        assertThat(model.version()).startsWith("r1-");
        assertThat(model.type().labels()).contains("ASSAULT", "ACCUSE", "YIELD");

        CliRunner.Result eval = CliRunner.run("eval", "pairs", TRAINING + "/plv/PLV_train.tsv", "--model",
                first.toString(), "--verbose");
        assertThat(eval.exit()).as(eval.err()).isZero();
        assertThat(eval.out()).contains("pairs: 16, right type").containsPattern("(?m)^\\d+ passed, \\d+ failed$");
    }

    @Test
    void evalClassesPrintsAccuracyConfusionAndTotals() {
        CliRunner.Result r = CliRunner.run("eval", "classes", TRAINING + "/conflibert_cameo/cameo_class_train.tsv",
                "--readings", "patterns");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("five-class: 22 sentences, accuracy").contains("confusion")
                .contains("by the model: 0 coded").containsPattern("(?m)^\\d+ passed, \\d+ failed$");
    }

    @Test
    void badInputIsOneLineNamingIt(@TempDir Path dir) throws IOException {
        Path training = dir.resolve("t");
        Files.createDirectories(training.resolve("conflibert_cameo"));
        Files.writeString(training.resolve("conflibert_cameo/cameo_class_train.tsv"), "Iran warned Iraq.\t3\nOops\n");
        CliRunner.Result r = CliRunner.run("train", "--training", training.toString(), "--out",
                dir.resolve("m.tsv").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("cameo_class_train.tsv line 2: expected 'sentence<TAB>class'");

        Path corrupt = dir.resolve("corrupt.tsv");
        Files.writeString(corrupt, "model\tx\n");
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "Iran warned Iraq on Monday.\n");
        CliRunner.Result c = CliRunner.run("code", "--model", corrupt.toString(), article.toString());
        assertThat(c.exit()).isNotZero();
        assertThat(c.err()).contains("model " + corrupt + ": ");
        CliRunner.Result missing = CliRunner.run("explain", "--model", dir.resolve("none.tsv").toString(),
                "Iran warned Iraq.");
        assertThat(missing.err()).contains("model " + dir.resolve("none.tsv") + ": no such file");
    }

    @Test
    void reviewersVerdictsTrainToo(@TempDir Path dir) throws IOException {
        Path verdicts = dir.resolve("gold.jsonl");
        Files.writeString(verdicts, String.join("\n",
                "{\"text\":\"Egypt warned Ethiopia over the dam.\",\"verdict\":\"fix\",\"coded\":{\"cameo\":\"010\","
                        + "\"source\":\"EGY\",\"target\":\"ETH\"},\"gold\":{\"cameo\":\"130\",\"source\":\"EGY\","
                        + "\"target\":\"ETH\"}}",
                "{\"text\":\"Chile met Peru in Lima.\",\"verdict\":\"wrong\",\"coded\":{\"cameo\":\"190\","
                        + "\"source\":\"CHL\",\"target\":\"PER\"},\"gold\":null}",
                "{\"text\":\"Norway praised Denmark.\",\"verdict\":\"correct\",\"gold\":{\"cameo\":\"051\","
                        + "\"source\":\"GAB\",\"target\":\"DNK\"}}", ""));
        CliRunner.Result r = CliRunner.run("train", "--training", TRAINING, "--verdicts", verdicts.toString(),
                "--folds", "0", "--out", dir.resolve("m.tsv").toString(), "--cache", dir.resolve("c").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("gold.jsonl: 3 verdicts")
                // The third names an actor its sentence does not: said, and not used.
                .contains("gold.jsonl:3: the verdict's actors GAB and DNK are not both found in its sentence now");
        assertThat(ReadingModel.load(dir.resolve("m.tsv")).version()).startsWith("r1-");
    }
}
