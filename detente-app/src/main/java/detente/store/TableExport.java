package detente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes the events table with DuckDB's {@code COPY}: CSV with a header, or Parquet partitioned by date into a
 * directory ({@code date=YYYY-MM-DD/data_0.parquet}). The verbatim GDELT fields are left out.
 */
public final class TableExport {

    static final String COLUMNS = "id, global_id, origin, date, source_code, source_country, source_group,"
            + " source_name, target_code, target_country, target_group, target_name, cameo, base_code, root_code,"
            + " quad, goldstein, plover_event, plover_mode, plover_context, place, num_mentions, num_sources,"
            + " num_articles, avg_tone, first_article, source_url, added_at";

    private final Connection c;

    public TableExport(Store store) {
        this.c = store.connection();
    }

    public void csv(Path file) throws SQLException {
        copy("COPY (SELECT " + COLUMNS + " FROM events ORDER BY global_id, id) TO " + literal(file)
                + " (FORMAT CSV, HEADER)");
    }

    public void parquet(Path dir) throws SQLException {
        copy("COPY (SELECT " + COLUMNS + " FROM events ORDER BY global_id, id) TO " + literal(dir)
                + " (FORMAT PARQUET, PARTITION_BY (date), OVERWRITE_OR_IGNORE)");
    }

    private void copy(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
