package detente.ingest;

import detente.doc.Article;
import java.util.List;

/** What a batch of inputs yielded: articles in input order, failures and warnings in the order they occurred. */
public record IngestResult(List<Article> articles, List<IngestFailure> failures, List<IngestWarning> warnings) {

    public IngestResult {
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }
}
