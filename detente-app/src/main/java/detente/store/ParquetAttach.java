package detente.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Puts views over Parquet files in place of store tables, so {@code events}, {@code sql} and analysis read a
 * Spark run's output ({@code OUT/articles}, {@code OUT/events}, ... partitioned by date) or a
 * {@code detente export parquet} directory (events only) without re-ingesting. Each view has the store table's
 * columns and types; columns the files lack are derived ({@code source_key}, {@code target_key}) or null. Only an
 * empty table is replaced, so attached data never mixes with ingested rows; re-attaching replaces the views.
 */
public final class ParquetAttach {

    static final List<String> TABLES = List.of("articles", "events", "event_mentions", "quotes", "quantities");
    private static final Set<String> DATED = Set.of("articles", "events", "event_mentions");
    private static final Map<String, String> DERIVED = Map.of(
            "source_key", "CASE WHEN source_code IS NOT NULL THEN source_code ELSE '?' || coalesce(source_name, 'null')"
                    + " END",
            "target_key", "CASE WHEN target_code IS NOT NULL THEN target_code WHEN target_name IS NOT NULL"
                    + " THEN '?' || target_name END");

    private static final String NULL_PARTITION = "nullif(nullif(date, '__HIVE_DEFAULT_PARTITION__'), 'NULL')";

    private final Connection c;

    public ParquetAttach(Store store) {
        this.c = store.connection();
    }

    /** Attaches every table found under {@code dir}; returns their names. */
    public List<String> attach(Path dir) throws SQLException {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new StoreException("no directory " + dir, null);
        }
        Map<String, Path> found = new LinkedHashMap<>();
        for (String table : TABLES) {
            if (hasParquet(root.resolve(table))) {
                found.put(table, root.resolve(table));
            }
        }
        if (found.isEmpty() && hasParquet(root)) {
            found.put("events", root); // the layout of detente export parquet
        }
        if (found.isEmpty()) {
            throw new StoreException("no Parquet files in " + dir, null);
        }
        c.setAutoCommit(false);
        try {
            for (Map.Entry<String, Path> e : found.entrySet()) {
                view(e.getKey(), e.getValue());
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        return List.copyOf(found.keySet());
    }

    private void view(String table, Path dir) throws SQLException {
        Map<String, String> columns = columns(table);
        String source = "read_parquet(" + literal(dir + "/**/*.parquet") + ", hive_partitioning = "
                + (DATED.contains(table) ? "true, hive_types = {'date': VARCHAR}" : "false") + ")";
        Set<String> present = parquetColumns(source);
        List<String> select = new ArrayList<>();
        for (Map.Entry<String, String> col : columns.entrySet()) {
            String name = col.getKey();
            String value = present.contains(name) ? name : DERIVED.getOrDefault(name, "NULL");
            if (name.equals("date") && DATED.contains(table)) {
                value = NULL_PARTITION; // Spark names the partition of a null date __HIVE_DEFAULT_PARTITION__
            }
            select.add("CAST(" + value + " AS " + col.getValue() + ") AS " + name);
        }
        if (isTable(table)) {
            long rows = count(table);
            if (rows > 0) {
                throw new StoreException("table " + table + " holds " + rows + " ingested rows; attach into a new or"
                        + " empty --data directory", null);
            }
            execute("DROP TABLE " + table);
        }
        execute("CREATE OR REPLACE VIEW " + table + " AS SELECT " + String.join(", ", select) + " FROM " + source);
    }

    private Map<String, String> columns(String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
        }
        return out;
    }

    private Set<String> parquetColumns(String source) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private boolean isTable(String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM information_schema.tables WHERE table_schema"
                + " = 'main' AND table_name = ? AND table_type = 'BASE TABLE'")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private long count(String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static boolean hasParquet(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
