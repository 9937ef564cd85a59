package detente.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates the shared article-extraction benchmark (never copied into the repository) by walking up from here. */
final class BenchmarkData {

    static final String RELATIVE = "shared/data/boilerplate/scrapinghub_aeb";

    private BenchmarkData() {
    }

    /** The benchmark directory, when a {@code shared} directory sits beside the working directory or above it. */
    static Optional<Path> locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate.resolve("ground-truth.json"))) {
                return Optional.of(candidate);
            }
            Path sibling = dir.resolveSibling(RELATIVE);
            if (Files.isRegularFile(sibling.resolve("ground-truth.json"))) {
                return Optional.of(sibling);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }
}
