package detente.dict;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a PETRARCH/TABARI dictionary file with comments removed: {@code <!-- ... -->} (also over several
 * lines), lines that start with {@code <} (malformed markup such as {@code <! -- ... -->}), and {@code #} to the end
 * of a line. Blank lines are dropped; every kept line keeps its number for messages.
 */
public final class PetrarchText {

    private static final Pattern MARKUP_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    /** One non-blank line, without comments, with its 1-based number in the file. */
    public record Line(int number, String text) {
    }

    private PetrarchText() {
    }

    public static List<Line> lines(Path file) {
        try {
            return lines(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("dictionary " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<Line> lines(Reader reader) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) > 0) {
                text.append(buffer, 0, n);
            }
            return lines(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Line> lines(String text) {
        // Blank out markup comments but keep their line breaks, so line numbers stay true.
        String blanked = MARKUP_COMMENT.matcher(text).replaceAll(m -> m.group().replaceAll("[^\n]", " "));
        List<Line> out = new ArrayList<>();
        String[] raw = blanked.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (line.trim().startsWith("<")) {
                continue;
            }
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            if (!line.isBlank()) {
                out.add(new Line(i + 1, line.stripTrailing()));
            }
        }
        return out;
    }
}
