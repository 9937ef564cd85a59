package detente.store;

import java.util.Locale;
import java.util.Set;

/**
 * Guards {@code detente sql}: one statement that only reads. The store is also opened read-only, so DuckDB
 * rejects writes to the database; this check also keeps out statements that write files ({@code COPY},
 * {@code EXPORT}) or attach other databases.
 */
public final class ReadOnlyQuery {

    private static final Set<String> ALLOWED = Set.of("SELECT", "WITH", "DESCRIBE", "SHOW", "EXPLAIN", "SUMMARIZE",
            "FROM", "VALUES", "TABLE");

    private ReadOnlyQuery() {
    }

    /** Returns the statement without a trailing semicolon, or throws with the reason it is refused. */
    public static String check(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty query");
        }
        if (s.contains(";")) {
            throw new IllegalArgumentException("one statement at a time");
        }
        String first = s.split("[\\s(]+", 2)[0].toUpperCase(Locale.ROOT);
        if (!ALLOWED.contains(first)) {
            throw new IllegalArgumentException("only read-only queries are allowed (SELECT, WITH, DESCRIBE, SHOW,"
                    + " EXPLAIN, SUMMARIZE), not " + first);
        }
        return s;
    }
}
