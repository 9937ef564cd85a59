package detente.cli;

import detente.doc.Article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads stories from Reuters-21578 SGML files ({@code reut2-*.sgm}): each {@code <REUTERS>} with a
 * {@code <BODY>} becomes an article with its {@code <TITLE>} and {@code <DATE>}. Used by {@code bench ingest}.
 */
final class ReutersSgml {

    private static final Pattern STORY = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>",
            Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("<DATE>\\s*(\\d{1,2}-[A-Z]{3}-\\d{4})");
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
    private static final DateTimeFormatter DAY = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy").toFormatter(Locale.ENGLISH);

    private ReutersSgml() {
    }

    /** Up to {@code limit} stories with a body, in file and story order. */
    static List<Article> read(Path dir, int limit) throws IOException {
        List<Article> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".sgm")).sorted().toList();
        }
        for (Path file : files) {
            Matcher m = STORY.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
            while (m.find() && out.size() < limit) {
                String story = m.group(2);
                Matcher body = BODY.matcher(story);
                if (!body.find()) {
                    continue;
                }
                Matcher title = TITLE.matcher(story);
                String t = title.find() ? clean(title.group(1)) : null;
                String text = clean(body.group(1));
                out.add(new Article(file.getFileName() + "#" + m.group(1), t, date(story), null, "Reuters", null,
                        "en", t == null ? text : t + "\n\n" + text));
            }
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    private static LocalDate date(String story) {
        Matcher d = DATE.matcher(story);
        if (!d.find()) {
            return null;
        }
        try {
            return LocalDate.parse(d.group(1), DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String clean(String s) {
        return s.replaceAll("&#\\d+;", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s*Reuter\\s*$", "").strip();
    }
}
