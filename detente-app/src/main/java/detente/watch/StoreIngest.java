package detente.watch;

import detente.doc.Article;
import detente.pipeline.Pipeline;
import detente.store.Ingestion;
import detente.store.Store;
import detente.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Ingest into a store open in this process, through {@link Ingestion} as {@code detente ingest} does: the same
 * coding, the same skip of text already stored (a republished article under a new URL is a duplicate).
 */
public final class StoreIngest implements ArticleIngest {

    private final Store store;
    private final Ingestion ingestion;

    public StoreIngest(Supplier<Pipeline> pipeline, int threads, Store store) {
        this.store = store;
        this.ingestion = new Ingestion(pipeline, threads, store);
    }

    @Override
    public synchronized Map<String, Result> ingest(List<Article> articles) {
        Map<String, String> failures = new HashMap<>();
        ingestion.run(articles.iterator(), new Ingestion.Listener() {
            @Override
            public void done(int n) {
            }

            @Override
            public void failed(String input, String reason) {
                failures.put(input, reason);
            }
        });
        Set<String> stored = stored(articles);
        Map<String, Result> results = new LinkedHashMap<>();
        for (Article a : articles) {
            String failure = failures.get(a.id());
            results.put(a.id(), failure != null ? new Result(Outcome.FAILED, failure)
                    : stored.contains(a.id()) ? new Result(Outcome.STORED, null) : new Result(Outcome.DUPLICATE, null));
        }
        return results;
    }

    private Set<String> stored(List<Article> articles) {
        Set<String> ids = new HashSet<>();
        if (articles.isEmpty()) {
            return ids;
        }
        String sql = "SELECT id FROM articles WHERE id IN (" + "?, ".repeat(articles.size() - 1) + "?)";
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            for (int i = 0; i < articles.size(); i++) {
                p.setString(i + 1, articles.get(i).id());
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("store failed: " + e.getMessage(), e);
        }
        return ids;
    }
}
