package detente.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered SQL migrations under {@code detente/store/migrations/}, listed in order by {@code index.txt}.
 * {@link #apply} runs those not yet recorded in {@code schema_version}, each in its own transaction.
 */
public final class Migrations {

    private static final String DIR = "/detente/store/migrations/";

    /** One migration: its number (from the file name), name and SQL statements. */
    public record Migration(int version, String name, List<String> statements) {
    }

    private final List<Migration> migrations;

    private Migrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    public static Migrations builtIn() {
        List<Migration> list = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            int version = Integer.parseInt(file.substring(0, file.indexOf('-')));
            if (version != list.size() + 1) {
                throw new IllegalStateException("migration " + file + " is out of sequence");
            }
            list.add(new Migration(version, file, statements(resource(file))));
        }
        return new Migrations(list);
    }

    public List<Migration> all() {
        return migrations;
    }

    /** The newest schema version these migrations produce. */
    public int latest() {
        return migrations.size();
    }

    /** Applies every migration after the store's current version; returns how many ran. */
    public int apply(Connection c) throws SQLException {
        return applyUpTo(c, latest());
    }

    /** Applies migrations up to and including {@code version} (tests use this to build an older schema). */
    public int applyUpTo(Connection c, int version) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
                    + " applied_at TIMESTAMP NOT NULL)");
        }
        int current = currentVersion(c);
        int ran = 0;
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (Migration m : migrations) {
                if (m.version() <= current || m.version() > version) {
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version VALUES (?, ?, current_timestamp)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.name());
                    p.executeUpdate();
                }
                c.commit();
                ran++;
            }
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return ran;
    }

    public static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Splits a script at semicolons that end a line; {@code --} comments are dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            String code = (comment >= 0 ? line.substring(0, comment) : line).stripTrailing();
            if (code.isBlank()) {
                continue;
            }
            current.append(code).append('\n');
            if (code.endsWith(";")) {
                out.add(current.toString().strip().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
