package detente.pipeline;

import detente.doc.Document;
import detente.doc.Layer;

import java.util.Set;

/**
 * One step of the pipeline. A stage is thread-safe and stateless across documents: it reads the layers it
 * {@link #requires()} and returns a new document with the layers it {@link #provides()}.
 */
public interface Stage {

    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    Document apply(Document document);
}
