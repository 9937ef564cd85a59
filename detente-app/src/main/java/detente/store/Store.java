package detente.store;

import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open store: one DuckDB database file {@code detente.duckdb} in a data directory and one connection. Open
 * for writing (creates and migrates) or read-only (DuckDB itself then rejects any statement that writes).
 */
public final class Store implements AutoCloseable {

    public static final String FILE = "detente.duckdb";
    private static final Pattern LOCK_PID = Pattern.compile("PID (\\d+)");

    private final Path dataDir;
    private final DuckDBConnection connection;
    private final boolean readOnly;
    private final boolean rollBackOnClose;

    private Store(Path dataDir, DuckDBConnection connection, boolean readOnly) {
        this(dataDir, connection, readOnly, false);
    }

    private Store(Path dataDir, DuckDBConnection connection, boolean readOnly, boolean rollBackOnClose) {
        this.dataDir = dataDir;
        this.connection = connection;
        this.readOnly = readOnly;
        this.rollBackOnClose = rollBackOnClose;
    }

    /** Opens (creating if needed) the store for writing and brings its schema up to date. */
    public static Store open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dataDir, e);
        }
        Store store = new Store(dataDir, connect(dataDir, false), false);
        try {
            Migrations.builtIn().apply(store.connection);
        } catch (SQLException e) {
            store.close();
            throw new StoreException("cannot migrate store " + dataDir + ": " + e.getMessage(), e);
        }
        return store;
    }

    /** Opens an existing store read-only. */
    public static Store openReadOnly(Path dataDir) {
        if (!exists(dataDir)) {
            throw missing(dataDir);
        }
        return new Store(dataDir, connect(dataDir, true), true);
    }

    private static DuckDBConnection connect(Path dataDir, boolean readOnly) {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + dataDir.resolve(FILE).toAbsolutePath(), p);
            return c.unwrap(DuckDBConnection.class);
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("lock")) {
                Matcher m = LOCK_PID.matcher(message);
                throw new StoreLockedException(dataDir.toString(), m.find() ? " (PID " + m.group(1) + ")" : "");
            }
            throw new StoreException("cannot open store " + dataDir + ": " + message, e);
        }
    }

    /**
     * Another connection to the same open database, for one more thread (a server serves requests in parallel;
     * a DuckDB connection must not be shared between threads). Closing it leaves this store open.
     */
    public Store duplicate() {
        try {
            return new Store(dataDir, connection.duplicate(), readOnly);
        } catch (SQLException e) {
            throw new StoreException("cannot open another connection to " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A read-only view of this open store for a reader in the same process (a command run by the server that
     * holds the database): another connection whose work is one transaction, rolled back on close, so nothing
     * it does is kept even though DuckDB opened the file for writing.
     */
    public Store readOnlyView() {
        try {
            DuckDBConnection c = connection.duplicate();
            c.setAutoCommit(false);
            return new Store(dataDir, c, true, true);
        } catch (SQLException e) {
            throw new StoreException("cannot open another connection to " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** True when a store exists in {@code dataDir}. */
    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(FILE));
    }

    /** The one-line refusal every command but ingest, import, attach and demo gives for a missing store. */
    public static StoreException missing(Path dataDir) {
        return new StoreException("no store in " + dataDir + " (run detente ingest, detente import or detente demo"
                + " with --data " + dataDir + " first, or check the --data directory)", null);
    }

    public Connection connection() {
        return connection;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Size of the database file in bytes (after a checkpoint it reflects everything committed). */
    public long sizeBytes() {
        try {
            return Files.size(dataDir.resolve(FILE));
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            if (rollBackOnClose) {
                connection.rollback();
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store: " + e.getMessage(), e);
        }
    }
}
