package detente.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingFilesTest {

    private static final Path TRAINING = Path.of("src/test/resources/training");

    @Test
    void readsFiveClassSentences() throws IOException {
        List<LabelledSentence> s = TrainingFiles.classes(TRAINING.resolve(ReadingTraining.CLASSES_FILE));
        assertThat(s).hasSize(22);
        assertThat(s.get(0).penta()).isZero();
        assertThat(s.get(0).origin()).isEqualTo("cameo_class_train.tsv:1");
        assertThat(s.get(21).text()).isEqualTo("Houthi rebels fired missiles at Saudi Arabia on Sunday.");
        assertThat(s.get(21).penta()).isEqualTo(4);
    }

    @Test
    void readsMarkedPairsWithTheirSpans() throws IOException {
        List<LabelledSentence> s = TrainingFiles.pairs(TRAINING.resolve(ReadingTraining.PAIRS_FILE));
        assertThat(s).hasSize(16);
        LabelledSentence first = s.get(0);
        assertThat(first.text()).isEqualTo("Kenya signed a trade agreement with Uganda in Nairobi.");
        LabelledSentence.Pair pair = first.pairs().get(0);
        assertThat(first.text().substring(pair.source().start(), pair.source().end())).isEqualTo("Kenya");
        assertThat(first.text().substring(pair.target().start(), pair.target().end())).isEqualTo("Uganda");
        assertThat(pair.type()).isEqualTo("AGREE");
        assertThat(first.penta()).isEqualTo(1);
    }

    @Test
    void aPhraseMarkedTwiceIsItsFirstMentionAndAnUnmarkedTargetIsNull() {
        TrainingFiles.Marked m = TrainingFiles.unmark(
                "<s>Brazil</s> offered aid to <t>Haiti</t> and praised <t>Haiti</t>'s police.", Path.of("f"), 2);
        assertThat(m.text()).isEqualTo("Brazil offered aid to Haiti and praised Haiti's police.");
        assertThat(m.text().substring(m.target().start(), m.target().end())).isEqualTo("Haiti");
        assertThat(m.target().start()).isEqualTo(22);
        assertThat(TrainingFiles.unmark("<s>Chile</s> protested.", Path.of("f"), 3).target()).isNull();
        assertThatThrownBy(() -> TrainingFiles.unmark("No marks at all.", Path.of("f.tsv"), 7))
                .hasMessage("f.tsv line 7: marked_sentence marks neither a source <s>…</s> nor a target <t>…</t>");
    }

    @Test
    void readsTaggedSentencesAsPairs() throws IOException {
        Map<String, Integer> classes = Map.of(TrainingFiles.squeeze(
                "Pakistan accused India of supporting militants in Balochistan."), 3);
        List<LabelledSentence> s = TrainingFiles.tagged(TRAINING.resolve(ReadingTraining.TAGGED_FILE), classes);
        assertThat(s).hasSize(6);
        LabelledSentence accused = s.get(2);
        assertThat(accused.penta()).isEqualTo(3);
        assertThat(accused.pairs()).hasSize(1);
        LabelledSentence.Pair p = accused.pairs().get(0);
        assertThat(accused.text().substring(p.source().start(), p.source().end())).isEqualTo("Pakistan");
        assertThat(accused.text().substring(p.target().start(), p.target().end())).isEqualTo("India");
        // Reciprocal spans act on each other: India -> Japan and Japan -> India.
        assertThat(s.get(1).pairs()).hasSize(2);
        // A source with no target gives no pair.
        assertThat(s.get(0).pairs()).isEmpty();
    }

    @Test
    void malformedRowsNameFileAndLine(@TempDir Path dir) throws IOException {
        Path classes = dir.resolve("c.tsv");
        Files.writeString(classes, "Fine sentence.\t2\nBad label.\t7\n");
        assertThatThrownBy(() -> TrainingFiles.classes(classes)).hasMessage(classes + " line 2: class '7' is not 0-4");
        Path pairs = dir.resolve("p.tsv");
        Files.writeString(pairs, "marked_sentence\tgold_root\n<s>A</s> hit <t>B</t>.\tPUNCH\n");
        assertThatThrownBy(() -> TrainingFiles.pairs(pairs)).hasMessage(pairs + " line 2: unknown PLOVER type 'PUNCH'");
        Path tagged = dir.resolve("t.txt");
        Files.writeString(tagged, "Iran B-S\nwarned X-T\n");
        assertThatThrownBy(() -> TrainingFiles.tagged(tagged, Map.of()))
                .hasMessage(tagged + " line 2: tag 'X-T' is not O or B-/I- S, T or R");
        Path verdicts = dir.resolve("v.jsonl");
        Files.writeString(verdicts, "{\"text\":\"Iran warned Iraq.\",\"gold\":{\"cameo\":\"130\",\"source\":\"IRN\","
                + "\"target\":\"IRQ\"}}\n{not json\n");
        assertThatThrownBy(() -> TrainingFiles.verdicts(verdicts)).hasMessageStartingWith(verdicts + " line 2: not JSON");
    }

    @Test
    void readsVerdicts(@TempDir Path dir) throws IOException {
        Path verdicts = dir.resolve("v.jsonl");
        Files.writeString(verdicts, "{\"text\":\"Iran warned Iraq.\",\"verdict\":\"fix\",\"coded\":{\"cameo\":\"010\","
                + "\"source\":\"IRN\",\"target\":\"IRQ\"},\"gold\":{\"cameo\":\"130\",\"source\":\"IRN\",\"target\":\"IRQ\"}}\n"
                + "{\"text\":\"Iran met Iraq.\",\"verdict\":\"wrong\",\"coded\":{\"cameo\":\"190\",\"source\":\"IRN\","
                + "\"target\":\"IRQ\"},\"gold\":null}\n");
        List<TrainingFiles.Verdict> v = TrainingFiles.verdicts(verdicts);
        assertThat(v).extracting(TrainingFiles.Verdict::cameo).containsExactly("130", "190");
        assertThat(v).extracting(TrainingFiles.Verdict::acts).containsExactly(true, false);
    }

    @Test
    void readsSentencesThatReportNoEvent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("none.txt");
        Files.writeString(file, "# background\nIndia and China share a long border.\n\nChile lies west of Argentina.\n");
        List<LabelledSentence> s = TrainingFiles.noEvents(file);
        assertThat(s).extracting(LabelledSentence::text)
                .containsExactly("India and China share a long border.", "Chile lies west of Argentina.");
        assertThat(s).allSatisfy(x -> {
            assertThat(x.kind()).isEqualTo(LabelledSentence.Kind.NONE);
            assertThat(x.pairs()).isEmpty();
        });
        assertThat(s.get(1).origin()).isEqualTo("none.txt:4");
        Files.writeString(file, "A sentence\t2\n");
        assertThatThrownBy(() -> TrainingFiles.noEvents(file)).hasMessage(file + " line 1: one sentence a line, no tabs");
    }
}
