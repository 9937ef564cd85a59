package detente.server;

import detente.store.Store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's access to the store: every unit of work runs on its own duplicate connection (DuckDB connections
 * are not shared between threads), closed afterwards; writers in the same process do not block readers.
 */
final class Database {

    /** Work on a store connection. */
    interface Work<T> {
        T run(Store store) throws SQLException;
    }

    private final Store store;
    private final ResponseCache cache;

    Database(Store store, boolean cacheAnswers) {
        this.store = store;
        this.cache = new ResponseCache(cacheAnswers);
    }

    /** Answers of read-only endpoints; every write through the server invalidates it. */
    ResponseCache cache() {
        return cache;
    }

    Store store() {
        return store;
    }

    <T> T run(Work<T> work) {
        try (Store s = store.duplicate()) {
            return work.run(s);
        } catch (SQLException e) {
            throw new IllegalStateException("store query failed: " + e.getMessage(), e);
        }
    }

    /** Rows as ordered maps (column label → value; dates and timestamps as ISO strings). */
    static List<Map<String, Object>> rows(Store s, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement p = s.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                ResultSetMetaData md = r.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= md.getColumnCount(); c++) {
                        Object v = r.getObject(c);
                        if (v instanceof Date d) {
                            v = d.toLocalDate().toString();
                        } else if (v instanceof Timestamp t) {
                            v = t.toInstant().toString();
                        } else if (v instanceof java.time.LocalDate || v instanceof java.time.LocalDateTime
                                || v instanceof java.time.OffsetDateTime) {
                            v = v.toString();
                        } else if (v instanceof java.sql.Array) {
                            continue;
                        }
                        row.put(md.getColumnLabel(c), v);
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    static long count(Store s, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement p = s.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
