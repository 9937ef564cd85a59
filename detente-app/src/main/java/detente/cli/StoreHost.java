package detente.cli;

import detente.store.Store;

import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A running server's store as lent to one command run inside that server: readers get a read-only view each,
 * a writer waits for any other writing command of the server's, then gets its own connection.
 *
 * @param writes     one writing command at a time (DuckDB would fail two transactions that touch the same rows)
 * @param workingDir the working directory of the person who ran the command
 * @param stdin      their standard input, when the command reads it; else null
 */
record StoreHost(Store store, ReentrantLock writes, String servedAt, Path workingDir, byte[] stdin) {

    Store read() {
        return store.readOnlyView();
    }

    Store write() {
        if (!writes.isHeldByCurrentThread()) {
            writes.lock();
        }
        return store.duplicate();
    }

    /** Ends the command: lets the next writer in. */
    void release() {
        while (writes.isHeldByCurrentThread()) {
            writes.unlock();
        }
    }

    String asGiven(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(workingDir) ? workingDir.relativize(p).toString() : path.toString();
    }
}
