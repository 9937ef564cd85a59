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
    private final TimeBudget budget;

    private Pipeline(List<Stage> stages, TimeBudget budget) {
        this.stages = List.copyOf(stages);
        this.budget = budget;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Stage> stages() {
        return stages;
    }

    /** The time one article may take, or null when unbounded. */
    public TimeBudget budget() {
        return budget;
    }

    /**
     * Runs every stage over the article; with a budget, work that overruns it is stopped with
     * {@link TimeBudget.BudgetExceededException}.
     */
    public Document process(Article article) {
        return budget == null ? processAll(article) : budget.run(() -> processAll(article));
    }

    private Document processAll(Article article) {
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
        private TimeBudget budget;

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

        /** Bounds the time each article may take. */
        public Builder budget(TimeBudget timeBudget) {
            this.budget = timeBudget;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(stages, budget);
        }
    }
}
