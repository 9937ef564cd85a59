package detente.cli;

import detente.store.Store;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The {@code --data DIR} option of every store command, and how such a command opens the store: itself, or,
 * when it runs inside the server that holds the store ({@link HostedCommands}), through that server's database.
 */
final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "detente-data",
            description = "Data directory of the store (default: ./${DEFAULT-VALUE}).")
    Path dataDir;

    /** Set when the command runs inside the server that holds this store; null when it runs on its own. */
    StoreHost host;

    /** Opens the store for writing, creating it when missing (ingest, import, demo). */
    Store openCreating() {
        return host != null ? host.write() : Store.open(dataDir);
    }

    /**
     * Opens the store, creating it when missing, for a writer that runs until stopped (watch): inside a server, a
     * connection that does not hold the other writers back.
     */
    Store openLongRunning() {
        return host != null ? host.beside() : Store.open(dataDir);
    }

    /** Called after a long-running writer stores something: a server drops its cached answers; alone, nothing. */
    Runnable changed() {
        return host != null ? host.changed() : () -> { };
    }

    /** Opens an existing store for writing; a missing one is refused as every reading command refuses it. */
    Store openExisting() {
        requireExisting();
        return openCreating();
    }

    /** Opens an existing store for reading only. */
    Store openReadOnly() {
        requireExisting();
        return host != null ? host.read() : Store.openReadOnly(dataDir);
    }

    void requireExisting() {
        if (host == null && !Store.exists(dataDir)) {
            throw Store.missing(dataDir);
        }
    }

    /** True when the command runs inside the server that holds the store (its database, not one of its own). */
    boolean hosted() {
        return host != null;
    }

    /** The server's address when the command runs inside it, else null. */
    String servedAt() {
        return host == null ? null : host.servedAt();
    }

    /** A path as the person typed it: relative to their working directory when it lies under it. */
    String asGiven(Path path) {
        return host == null ? path.toString() : host.asGiven(path);
    }
}
