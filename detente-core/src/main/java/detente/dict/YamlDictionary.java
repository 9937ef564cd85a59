package detente.dict;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** Reads a YAML dictionary file (a list of entries) into records, with errors that name the file. */
public final class YamlDictionary {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private YamlDictionary() {
    }

    /** The entries of {@code relativePath}, or an empty list when the file does not exist anywhere. */
    public static <T> List<T> readList(DictionarySource source, String relativePath, Class<T> type) {
        Optional<InputStream> in = source.find(relativePath);
        if (in.isEmpty()) {
            return List.of();
        }
        CollectionType listType = YAML.getTypeFactory().constructCollectionType(List.class, type);
        try (InputStream stream = in.get()) {
            List<T> entries = YAML.readValue(stream, listType);
            return entries == null ? List.of() : entries;
        } catch (IOException e) {
            throw new IllegalArgumentException("dictionary " + source.describe(relativePath) + ": "
                    + e.getMessage().lines().findFirst().orElse("unreadable"), e);
        }
    }
}
