package detente.cli;

import detente.doc.Article;
import detente.ingest.ArticleReader;
import detente.ingest.IngestOptions;
import detente.ingest.IngestResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The inputs of {@code detente ingest}, read lazily so memory stays flat on large inputs: directories are expanded
 * to file names up front, then each file or URL is read by {@link ArticleReader} only when its articles are
 * needed. Inputs that yield no article go to the failure callback; warnings are passed on too.
 */
final class IngestInputs implements Iterator<Article> {

    /** File extensions that {@code detente.ingest} reads when walking a directory (as its InputKind names them). */
    private static final Set<String> READABLE = Set.of("txt", "text", "html", "htm", "xhtml", "shtml", "xml", "rss",
            "atom", "rdf", "jsonl", "ndjson");

    private final List<String> items;
    private final ArticleReader reader;
    private final BiConsumer<String, String> failures;
    private final BiConsumer<String, String> warnings;
    private final Deque<Article> ready = new ArrayDeque<>();
    private int next;

    private IngestInputs(List<String> items, ArticleReader reader, BiConsumer<String, String> failures,
                         BiConsumer<String, String> warnings) {
        this.items = items;
        this.reader = reader;
        this.failures = failures;
        this.warnings = warnings;
    }

    static IngestInputs open(List<String> inputs, IngestOptions options, BiConsumer<String, String> failures,
                             BiConsumer<String, String> warnings) {
        List<String> items = new ArrayList<>();
        for (String input : inputs) {
            Path path = input.contains("://") ? null : Path.of(input);
            if (path != null && Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile).filter(IngestInputs::readable).sorted()
                            .forEach(p -> items.add(p.toString()));
                } catch (IOException | UncheckedIOException e) {
                    failures.accept(input, "cannot list directory (" + e.getMessage() + ")");
                }
            } else {
                items.add(input);
            }
        }
        return new IngestInputs(items, new ArticleReader(options), failures, warnings);
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
            r.failures().forEach(f -> failures.accept(f.input(), f.reason()));
            r.warnings().forEach(w -> warnings.accept(w.input(), w.reason()));
            ready.addAll(r.articles());
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

    private static boolean readable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) {
            return false;
        }
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot >= 0 && READABLE.contains(name.substring(dot + 1));
    }
}
