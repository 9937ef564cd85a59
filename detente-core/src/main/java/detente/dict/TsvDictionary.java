package detente.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a tab-separated dictionary file with a header line: blank lines and {@code #} comments are skipped, and
 * each row keeps its line number so that an error names where it is.
 */
public final class TsvDictionary {

    /** One data row: its 1-based line number and its fields (trailing empty fields kept). */
    public record Row(int line, String[] fields) {

        /** The field at {@code index}, or empty when the row is shorter (optional trailing columns). */
        public String field(int index) {
            return index < fields.length ? fields[index] : "";
        }
    }

    private TsvDictionary() {
    }

    /** The rows after the header of {@code relativePath}, which must exist. */
    public static List<Row> rows(DictionarySource source, String relativePath) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = source.open(relativePath);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(new Row(number, line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("dictionary " + source.describe(relativePath) + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** An error about one row: "dictionary FILE line N: REASON". */
    public static IllegalArgumentException error(DictionarySource source, String relativePath, Row row,
                                                 String reason) {
        return new IllegalArgumentException("dictionary " + source.describe(relativePath) + " line " + row.line()
                + ": " + reason);
    }
}
