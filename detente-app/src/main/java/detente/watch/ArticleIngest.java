package detente.watch;

import detente.doc.Article;

import java.util.List;
import java.util.Map;

/**
 * Where watched articles go to be coded and stored: the one entry point the watcher uses, so it can be swapped (the
 * store in this process, or a running server's).
 */
public interface ArticleIngest {

    /** What became of one article. */
    enum Outcome { STORED, DUPLICATE, FAILED }

    /** The article's fate and, for a failure, why. */
    record Result(Outcome outcome, String reason) {
    }

    /** Codes and stores {@code articles}; answers for each by article id. Never throws for one bad article. */
    Map<String, Result> ingest(List<Article> articles);
}
