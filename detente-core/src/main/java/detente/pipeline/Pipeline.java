package detente.pipeline;

import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Layer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of stages that one document flows through. The builder rejects a stage whose required or
 * rewritten layers no earlier stage provides, before anything runs.
 */
public final class Pipeline {

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Stage> stages() {
        return stages;
    }

    public Document process(Article article) {
        Document document = Document.of(article);
        for (Stage stage : stages) {
            document = stage.apply(document);
            if (document == null) {
                throw new IllegalStateException("stage '" + stage.name() + "' returned no document");
            }
        }
        return document;
    }

    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private final Set<Layer> available = EnumSet.noneOf(Layer.class);

        public Builder add(Stage stage) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.addAll(stage.rewrites());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage '" + stage.name() + "' requires " + missing
                        + " which no earlier stage provides");
            }
            stages.add(stage);
            available.addAll(stage.provides());
            return this;
        }

        public Pipeline build() {
            return new Pipeline(stages);
        }
    }
}
