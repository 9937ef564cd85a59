package detente.server;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * {@code server.json} in a store's data directory while a server holds that store: the server's process id, the
 * loopback URL where it runs commands for the CLI, and a token that only the store's owner can read (the file is
 * mode 600). A command on the same {@code --data} finds it and runs in the server instead of opening the
 * database, which DuckDB lets only one process do ({@code docs/store.md}, "While the dashboard runs").
 *
 * @param pid   the server's process id; a file whose process is gone is stale and ignored
 * @param url   base URL of the server on the loopback interface
 * @param token bearer token for {@code POST /local/run}
 */
public record ServerFile(long pid, String url, String token) {

    public static final String NAME = "server.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path path(Path dataDir) {
        return dataDir.resolve(NAME);
    }

    /** The server that holds the store in {@code dataDir}, when one is running. */
    public static Optional<ServerFile> find(Path dataDir) {
        Path file = path(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ServerFile f = JSON.readValue(file.toFile(), ServerFile.class);
            boolean alive = ProcessHandle.of(f.pid()).map(ProcessHandle::isAlive).orElse(false);
            return alive && f.url() != null && f.token() != null ? Optional.of(f) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // half-written or foreign: treat as absent; opening the store decides
        }
    }

    /** Writes the file readable by its owner only, atomically (a reader never sees half of it). */
    void write(Path dataDir) throws IOException {
        Path tmp = Files.createTempFile(dataDir, ".server", ".json");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own permissions protect it
        }
        JSON.writeValue(tmp.toFile(), this);
        try {
            Files.move(tmp, path(dataDir), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, path(dataDir), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the file if it is still this server's. */
    void delete(Path dataDir) {
        try {
            Path file = path(dataDir);
            if (Files.isRegularFile(file) && JSON.readValue(file.toFile(), ServerFile.class).equals(this)) {
                Files.delete(file);
            }
        } catch (IOException e) {
            // left behind: its process is gone, so readers ignore it
        }
    }
}
