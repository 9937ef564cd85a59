package detente.cli;

import detente.doc.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The inputs of {@code detente ingest}, read lazily one at a time so memory stays flat: files and directories
 * (recursive, {@code *.txt}) as {@link ArticleInputs} reads them, and {@code http(s)://} URLs fetched and reduced
 * to their paragraphs. Unreadable inputs go to the failure callback and are skipped. The
 * {@code detente.ingest} package will replace this reader.
 */
final class IngestInputs implements Iterator<Article> {

    private final List<String> items;
    private final LocalDate date;
    private final BiConsumer<String, String> failures;
    private int next;
    private Article ready;

    private IngestInputs(List<String> items, LocalDate date, BiConsumer<String, String> failures) {
        this.items = items;
        this.date = date;
        this.failures = failures;
    }

    /** Expands directories now (names only) and reads each article when it is asked for. */
    static IngestInputs open(List<String> inputs, LocalDate date, BiConsumer<String, String> failures) {
        List<String> items = new ArrayList<>();
        for (String input : inputs) {
            Path path = isUrl(input) ? null : Path.of(input);
            if (path != null && Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    items.addAll(files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt"))
                            .sorted().map(Path::toString).collect(Collectors.toList()));
                } catch (IOException e) {
                    failures.accept(input, "cannot list directory: " + e.getMessage());
                }
            } else {
                items.add(input);
            }
        }
        return new IngestInputs(items, date, failures);
    }

    int size() {
        return items.size();
    }

    @Override
    public boolean hasNext() {
        while (ready == null && next < items.size()) {
            String item = items.get(next++);
            try {
                ready = isUrl(item) ? fetch(item) : file(item);
            } catch (IOException | RuntimeException e) {
                failures.accept(item, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.accept(item, "interrupted");
            }
        }
        return ready != null;
    }

    @Override
    public Article next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Article a = ready;
        ready = null;
        return a;
    }

    private Article file(String item) throws IOException {
        ArticleInputs.Result r = ArticleInputs.read(List.of(item), date, System.in);
        if (!r.failures().isEmpty()) {
            throw new IOException(r.failures().get(0).reason());
        }
        return r.articles().get(0);
    }

    private Article fetch(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30)).header("User-Agent", "detente").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + response.statusCode());
        }
        org.jsoup.nodes.Document html = Jsoup.parse(response.body(), url);
        String text = html.select("p").stream().map(Element::text).filter(t -> !t.isBlank())
                .collect(Collectors.joining("\n\n"));
        if (text.isBlank()) {
            throw new IOException("no text found");
        }
        String title = html.title().isBlank() ? null : html.title().strip();
        return new Article(url, title, date, url, URI.create(url).getHost(), null, "en",
                title == null ? text : title + "\n\n" + text);
    }

    private static boolean isUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://");
    }
}
