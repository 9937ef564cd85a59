package detente.store;

/** The store is open for writing in another process; DuckDB allows one writer process per database file. */
public final class StoreLockedException extends RuntimeException {

    public StoreLockedException(String dataDir, String detail) {
        super("store " + dataDir + " is in use by another detente process" + detail
                + "; wait for it to finish or use another --data directory");
    }
}
