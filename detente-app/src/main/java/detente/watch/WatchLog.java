package detente.watch;

import detente.store.Store;
import detente.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The watcher's record in the store: each source's poll state and health ({@code watch_sources}) and every item
 * handled ({@code watch_items}). Items that failed are tried again on later polls, up to {@link #MAX_ATTEMPTS}
 * times in all.
 */
final class WatchLog {

    static final int MAX_ATTEMPTS = 3;

    /** A source's poll state, as kept between runs. */
    record State(String etag, String lastModified, Instant nextPoll, int consecutiveErrors) {
    }

    /** One key of a handled item; {@code counts} on one key per item, for the source's counters. */
    record Item(String key, String sourceKey, String link, String outcome, String reason, boolean counts) {
    }

    private final Store store;

    WatchLog(Store store) {
        this.store = store;
    }

    /** Adds the source, or updates its name, kind and interval; its state and counters stay. */
    void register(WatchedSource s) {
        update("INSERT INTO watch_sources (source_key, name, kind, url, interval_seconds) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (source_key) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
                        + " url = excluded.url, interval_seconds = excluded.interval_seconds",
                s.key(), s.name(), s.kind() == null ? null : s.kind().name().toLowerCase(java.util.Locale.ROOT), s.url(),
                (int) Math.max(1, s.interval().toSeconds()));
    }

    State state(String key) {
        String sql = "SELECT etag, last_modified, next_poll, consecutive_errors FROM watch_sources WHERE source_key = ?";
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return new State(null, null, null, 0);
                }
                Timestamp next = r.getTimestamp(3);
                return new State(r.getString(1), r.getString(2), next == null ? null : next.toInstant(), r.getInt(4));
            }
        } catch (SQLException e) {
            throw new StoreException("store failed: " + e.getMessage(), e);
        }
    }

    /** Of {@code keys}, those already handled for good (stored, duplicate, or failed too often). */
    Set<String> handled(Collection<String> keys) {
        Set<String> done = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String sql = "SELECT item_key FROM watch_items WHERE (outcome <> 'failed' OR attempts >= " + MAX_ATTEMPTS
                    + ") AND item_key IN (" + "?, ".repeat(chunk.size() - 1) + "?)";
            try (PreparedStatement p = store.connection().prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    p.setString(i + 1, chunk.get(i));
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        done.add(r.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("store failed: " + e.getMessage(), e);
            }
        }
        return done;
    }

    /** A poll that listed the source: new validators, success time, counts. */
    void polled(String key, Instant at, Instant next, String etag, String lastModified, int listed, int fresh) {
        update("UPDATE watch_sources SET etag = ?, last_modified = ?, last_poll = ?, next_poll = ?, last_success = ?,"
                        + " consecutive_errors = 0, polls = polls + 1, items_seen = items_seen + ?,"
                        + " items_new = items_new + ?, last_new_at = CASE WHEN ? > 0 THEN ? ELSE last_new_at END"
                        + " WHERE source_key = ?",
                etag, lastModified, ts(at), ts(next), ts(at), listed, fresh, fresh, ts(at), key);
    }

    /** A poll that failed: the reason, and the next poll pushed back. */
    void failed(String key, Instant at, Instant next, String reason) {
        update("UPDATE watch_sources SET last_poll = ?, next_poll = ?, last_error = ?, last_error_at = ?,"
                        + " consecutive_errors = consecutive_errors + 1, polls = polls + 1 WHERE source_key = ?",
                ts(at), ts(next), reason, ts(at), key);
    }

    /** Records handled items (a retried failure counts one more attempt) and adds to the source's counters. */
    void handled(List<Item> items, Instant at) {
        String sql = "INSERT INTO watch_items (item_key, source_key, link, first_seen, handled_at, outcome, reason,"
                + " attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (item_key) DO UPDATE SET"
                + " handled_at = excluded.handled_at, outcome = excluded.outcome, reason = excluded.reason,"
                + " attempts = watch_items.attempts + 1";
        try {
            boolean auto = store.connection().getAutoCommit();
            store.connection().setAutoCommit(false);
            try (PreparedStatement p = store.connection().prepareStatement(sql)) {
                for (Item i : items) {
                    p.setString(1, i.key());
                    p.setString(2, i.sourceKey());
                    p.setString(3, i.link());
                    p.setTimestamp(4, ts(at));
                    p.setTimestamp(5, ts(at));
                    p.setString(6, i.outcome());
                    p.setString(7, i.reason());
                    p.executeUpdate();
                }
                for (Item i : items) {
                    boolean stored = i.outcome().equals("stored");
                    boolean failed = i.outcome().equals("failed");
                    if (i.counts() && (stored || failed)) {
                        try (PreparedStatement u = store.connection().prepareStatement("UPDATE watch_sources SET"
                                + " articles_stored = articles_stored + ?, items_failed = items_failed + ?"
                                + " WHERE source_key = ?")) {
                            u.setInt(1, stored ? 1 : 0);
                            u.setInt(2, failed ? 1 : 0);
                            u.setString(3, i.sourceKey());
                            u.executeUpdate();
                        }
                    }
                }
                store.connection().commit();
            } catch (SQLException e) {
                store.connection().rollback();
                throw e;
            } finally {
                store.connection().setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StoreException("store failed: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... params) {
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("store failed: " + e.getMessage(), e);
        }
    }

    private static Timestamp ts(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }
}
