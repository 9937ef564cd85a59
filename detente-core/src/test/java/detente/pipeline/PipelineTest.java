package detente.pipeline;

import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Layer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineTest {

    private record FakeStage(String name, Set<Layer> requires, Set<Layer> provides) implements Stage {
        @Override
        public Document apply(Document document) {
            return document.withMentions(List.of());
        }
    }

    @Test
    void rejectsAStageWhoseInputsNoEarlierStageProvides() {
        Stage events = new FakeStage("events", EnumSet.of(Layer.MENTIONS), EnumSet.of(Layer.EVENTS));
        assertThatThrownBy(() -> Pipeline.builder().add(events))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'events'").hasMessageContaining("MENTIONS");
    }

    @Test
    void aStageThatRewritesALayerNeedsAnEarlierStageToHaveMadeIt() {
        Stage placing = new Stage() {
            public String name() { return "facts"; }
            public Set<Layer> requires() { return Set.of(); }
            public Set<Layer> provides() { return EnumSet.of(Layer.QUOTES); }
            public Set<Layer> rewrites() { return EnumSet.of(Layer.EVENTS); }
            public Document apply(Document document) { return document; }
        };
        assertThatThrownBy(() -> Pipeline.builder().add(placing))
                .hasMessageContaining("'facts'").hasMessageContaining("EVENTS");
        Stage coder = new FakeStage("events", Set.of(), EnumSet.of(Layer.EVENTS));
        assertThat(Pipeline.builder().add(coder).add(placing).build().stages()).hasSize(2);
    }

    @Test
    void runsStagesInOrderAndRecordsTheirLayers() {
        Pipeline pipeline = Pipeline.builder()
                .add(new FakeStage("actors", Set.of(), EnumSet.of(Layer.MENTIONS)))
                .build();
        Document d = pipeline.process(Article.of("a", LocalDate.of(2024, 1, 24), "Iran and Türkiye met."));
        assertThat(d.has(Layer.MENTIONS)).isTrue();
        assertThat(d.has(Layer.EVENTS)).isFalse();
        assertThat(pipeline.stages()).extracting(Stage::name).containsExactly("actors");
    }

    @Test
    void aStageThatReturnsNoDocumentIsNamed() {
        Stage broken = new Stage() {
            public String name() { return "broken"; }
            public Set<Layer> requires() { return Set.of(); }
            public Set<Layer> provides() { return Set.of(); }
            public Document apply(Document document) { return null; }
        };
        Pipeline pipeline = Pipeline.builder().add(broken).build();
        assertThatThrownBy(() -> pipeline.process(Article.of("a", null, "x"))).hasMessageContaining("'broken'");
    }
}
