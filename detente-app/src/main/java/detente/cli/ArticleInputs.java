package detente.cli;

import detente.doc.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns command-line inputs (files, directories, {@code -} for stdin) into articles, collecting failures instead
 * of stopping. Plain text: the first line is the title when a blank line follows it; the date comes from
 * {@code --date}, else from a {@code YYYY-MM-DD} prefix of the file name.
 */
final class ArticleInputs {

    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

    /** An input that could not be read, with a one-line reason. */
    record Failure(String input, String reason) {
    }

    record Result(List<Article> articles, List<Failure> failures) {
    }

    private ArticleInputs() {
    }

    static Result read(List<String> inputs, LocalDate dateOverride, InputStream stdin) {
        List<Article> articles = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-")) {
                try {
                    articles.add(plainText("-", new String(stdin.readAllBytes(), StandardCharsets.UTF_8), dateOverride));
                } catch (IOException e) {
                    failures.add(new Failure("-", "cannot read stdin: " + e.getMessage()));
                }
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted()
                            .forEach(p -> readFile(p.toString(), p, dateOverride, articles, failures));
                } catch (IOException e) {
                    failures.add(new Failure(input, "cannot list directory: " + e.getMessage()));
                }
            } else {
                readFile(input, path, dateOverride, articles, failures);
            }
        }
        return new Result(articles, failures);
    }

    private static void readFile(String id, Path path, LocalDate dateOverride, List<Article> articles,
                                 List<Failure> failures) {
        if (!Files.exists(path)) {
            failures.add(new Failure(id, "no such file"));
            return;
        }
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                failures.add(new Failure(id, "empty input"));
                return;
            }
            LocalDate date = dateOverride != null ? dateOverride : dateFromName(path.getFileName().toString());
            articles.add(plainText(id, text, date));
        } catch (IOException e) {
            failures.add(new Failure(id, "cannot read: " + e.getMessage()));
        }
    }

    static LocalDate dateFromName(String name) {
        Matcher m = DATED_NAME.matcher(name);
        if (m.find()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    /** Title = first line when a blank line follows it; the text keeps every character so offsets stay true. */
    static Article plainText(String id, String text, LocalDate date) {
        String title = null;
        String[] lines = text.split("\n", 3);
        if (lines.length >= 3 && lines[1].isBlank() && !lines[0].isBlank()) {
            title = lines[0].strip();
        }
        return new Article(id, title, date, null, null, null, "en", text);
    }
}
