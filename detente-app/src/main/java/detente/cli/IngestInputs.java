package detente.cli;

import detente.doc.Article;
import detente.ingest.ArticleReader;
import detente.ingest.IngestException;
import detente.ingest.IngestOptions;
import detente.ingest.IngestResult;
import detente.ingest.PublicationDateParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;

/**
 * The inputs of {@code detente ingest}, read lazily so memory stays flat on large inputs: directories are expanded
 * to file names up front, then each file or URL is read by {@link ArticleReader} only when its articles are
 * needed. Inputs that yield no article go to the failure callback; warnings are passed on too.
 */
final class IngestInputs implements Iterator<Article> {

    private final List<String> items;
    private final Path base;
    private final ArticleReader reader;
    private final BiConsumer<String, String> failures;
    private final BiConsumer<String, String> warnings;
    private final Deque<Article> ready = new ArrayDeque<>();
    private final Map<String, String> dateSources = new HashMap<>();
    private final boolean dateGiven;
    private int next;

    private IngestInputs(List<String> items, Path base, boolean dateGiven, ArticleReader reader,
                         BiConsumer<String, String> failures,
                         BiConsumer<String, String> warnings) {
        this.items = items;
        this.base = base;
        this.dateGiven = dateGiven;
        this.reader = reader;
        this.failures = failures;
        this.warnings = warnings;
    }

    static IngestInputs open(List<String> inputs, IngestOptions options, BiConsumer<String, String> failures,
                             BiConsumer<String, String> warnings) {
        return open(inputs, options, null, failures, warnings);
    }

    /**
     * Inputs of a command run inside the server for someone else ({@code host} non-null): files are found
     * relative to their working directory and read from their standard input, and articles keep the ids a run
     * of their own would have given them (the path as typed).
     */
    static IngestInputs open(List<String> inputs, IngestOptions options, StoreHost host,
                             BiConsumer<String, String> failures, BiConsumer<String, String> warnings) {
        Path base = host == null ? null : host.workingDir();
        List<String> items = new ArrayList<>();
        for (String input : inputs) {
            Path path = input.contains("://") || input.equals("-") ? null
                    : base == null ? Path.of(input) : base.resolve(input);
            if (path != null && Files.isDirectory(path)) {
                try {
                    ArticleReader.readableFiles(path).forEach(p -> items.add(p.toString()));
                } catch (IngestException e) {
                    failures.accept(input, e.getMessage());
                }
            } else {
                items.add(path == null ? input : path.toString());
            }
        }
        ArticleReader reader = host == null || host.stdin() == null ? new ArticleReader(options)
                : new ArticleReader(options, () -> new java.io.ByteArrayInputStream(host.stdin()));
        return new IngestInputs(items, base, options.dateOverride() != null, reader, failures, warnings);
    }

    /** An id or input name as the person typed it (relative to their directory when run in the server). */
    private String asGiven(String name) {
        if (base == null || name.contains("://")) {
            return name;
        }
        Path p = Path.of(name);
        return p.isAbsolute() && p.startsWith(base) ? base.relativize(p).toString() : name;
    }

    /**
     * The article with a date, and where that date came from remembered for {@link #extraction}: {@code --date},
     * else the article's own metadata (or a date its file name starts with, for plain text), else a date its file
     * name starts with, else the file's modification time, else none; each fallback is said in one line.
     */
    private Article dated(String item, Article a) {
        String source;
        LocalDate date = a.date();
        Path file = item.contains("://") || item.equals("-") ? null : Path.of(item);
        Optional<LocalDate> fromName = file == null || file.getFileName() == null ? Optional.empty()
                : PublicationDateParser.fromFileName(file.getFileName().toString());
        if (dateGiven) {
            source = "--date";
        } else if (date != null) {
            source = fromName.isPresent() && fromName.get().equals(date) ? "file name" : "metadata";
        } else if (fromName.isPresent()) {
            date = fromName.get();
            source = "file name";
            warnings.accept(a.id(), "no publication date in the article; dated " + date + " from its file name");
        } else if (file != null && Files.isRegularFile(file)) {
            try {
                date = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
            } catch (IOException e) {
                date = null;
            }
            source = date == null ? null : "modification time";
            warnings.accept(a.id(), date == null ? "no publication date found; its events are undated (give --date"
                    + " YYYY-MM-DD)" : "no publication date in the article or its name; dated " + date
                    + " from the file's modification time (give --date YYYY-MM-DD to set another)");
        } else {
            source = null;
            warnings.accept(a.id(), "no publication date found; its events are undated (give --date YYYY-MM-DD)");
        }
        if (source != null) {
            dateSources.put(a.id(), source);
        }
        return date == a.date() ? a : a.withDate(date);
    }

    /** JSON stored with the article: where its date came from ({@code {"date_source":"file name"}}), or null. */
    String extraction(Article a) {
        String source = dateSources.remove(a.id());
        return source == null ? null : "{\"date_source\":\"" + source + "\"}";
    }

    /** Files and URLs to read (a feed or JSON Lines file may hold several articles). */
    int size() {
        return items.size();
    }

    /** Inputs read so far. */
    int consumed() {
        return next;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && next < items.size()) {
            IngestResult r = read(items.get(next++));
            r.failures().forEach(f -> failures.accept(asGiven(f.input()), f.reason()));
            r.warnings().forEach(w -> warnings.accept(asGiven(w.input()), w.reason()));
            for (Article a : r.articles()) {
                String id = asGiven(a.id());
                ready.add(dated(items.get(next - 1), id.equals(a.id()) ? a : new Article(id, a.title(), a.date(),
                        a.url(), a.source(), a.author(), a.language(), a.text())));
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public Article next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    /** The one place ingest reads an input. */
    private IngestResult read(String item) {
        return reader.read(List.of(item));
    }
}
