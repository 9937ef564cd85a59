package detente.pipeline;

import detente.doc.Document;
import detente.doc.Layer;

import java.util.Set;

/**
 * One step of the pipeline. A stage is thread-safe and stateless across documents: it reads the layers it
 * {@link #requires()} and returns a new document with the layers it {@link #provides()}, and with the layers it
 * {@link #rewrites()} changed (never added to or removed from).
 */
public interface Stage {

    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    /**
     * Layers of earlier stages that this one changes in place: the facts stage dates and places the events the
     * coder made. A stage that rewrites a layer also requires it.
     */
    default Set<Layer> rewrites() {
        return Set.of();
    }

    Document apply(Document document);
}
