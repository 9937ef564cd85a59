package detente.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where dictionary files come from: a user directory laid out like the built-in {@code detente/dict/} resources,
 * falling back file by file to the built-in ones. The one place that opens dictionary files.
 */
public final class DictionarySource {

    private static final String BUILT_IN = "/detente/dict/";

    private final Path overrideDir;

    private DictionarySource(Path overrideDir) {
        this.overrideDir = overrideDir;
    }

    public static DictionarySource builtIn() {
        return new DictionarySource(null);
    }

    /** Files in {@code dir} (e.g. {@code dir/actors/people.yaml}) replace the built-in files of the same name. */
    public static DictionarySource overriddenBy(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("dictionary directory " + dir + ": not a directory");
        }
        return new DictionarySource(dir);
    }

    /** Opens {@code relativePath} (e.g. {@code actors/countries.yaml}); the caller closes the stream. */
    public InputStream open(String relativePath) {
        return find(relativePath).orElseThrow(
                () -> new IllegalArgumentException("dictionary file " + relativePath + ": not found"));
    }

    public Optional<InputStream> find(String relativePath) {
        try {
            if (overrideDir != null) {
                Path file = overrideDir.resolve(relativePath);
                if (Files.isRegularFile(file)) {
                    return Optional.of(Files.newInputStream(file));
                }
            }
            return Optional.ofNullable(DictionarySource.class.getResourceAsStream(BUILT_IN + relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException("dictionary file " + relativePath + ": " + e.getMessage(), e);
        }
    }

    /** Where a file is read from, for messages. */
    public String describe(String relativePath) {
        if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(relativePath))) {
            return overrideDir.resolve(relativePath).toString();
        }
        return "built-in " + relativePath;
    }
}
