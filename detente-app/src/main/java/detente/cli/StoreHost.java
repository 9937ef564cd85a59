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
 * @param changed    drops the server's cached answers: for a command that writes while it runs (watch)
 */
record StoreHost(Store store, ReentrantLock writes, String servedAt, Path workingDir, byte[] stdin,
                 Runnable changed) {

    Store read() {
        return store.readOnlyView();
    }

    Store write() {
        if (!writes.isHeldByCurrentThread()) {
            writes.lock();
        }
        return store.duplicate();
    }

    /**
     * A connection of its own that does not take the writers' turn: for a command that runs until stopped and
     * commits each article as it goes (watch), which would otherwise keep every other writer waiting.
     */
    Store beside() {
        return store.duplicate();
    }

    /** Ends the command: lets the next writer in, and drops the server's cached answers if it wrote. */
    void release() {
        boolean wrote = writes.isHeldByCurrentThread();
        while (writes.isHeldByCurrentThread()) {
            writes.unlock();
        }
        if (wrote) {
            changed.run();
        }
    }

    String asGiven(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(workingDir) ? workingDir.relativize(p).toString() : path.toString();
    }
}
