package detente.server;

import detente.Detente;
import detente.Dictionaries;
import detente.doc.Article;
import detente.nlp.corenlp.CoreNlpStage;
import detente.pipeline.Pipeline;
import detente.store.Ingestion;
import detente.store.Store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small store for server tests, built once per test JVM: four short articles of our own
 * ({@code src/test/resources/detente/server/articles}) ingested through the store API with the real pipeline.
 * Each test class works on its own copy.
 */
final class TestStore {

    static final List<String> ARTICLES = List.of("2024-01-16-iran-strikes-pakistan.txt",
            "2024-01-18-pakistan-strikes-back.txt", "2024-01-24-raisi-erdogan-ankara.txt",
            "2024-01-29-iran-pakistan-talks.txt");

    private static Path built;
    private static Pipeline pipeline;

    private TestStore() {
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Detente.pipeline(CoreNlpStage.shared(), Dictionaries.builtIn());
        }
        return pipeline;
    }

    /** A fresh copy of the built store in {@code dir}; returns {@code dir}. */
    static synchronized Path copyTo(Path dir) throws IOException {
        if (built == null) {
            built = Files.createTempDirectory("detente-server-test-store");
            try (Store s = Store.open(built)) {
                new Ingestion(TestStore::pipeline, 2, s).run(articles().iterator(), new Ingestion.Listener() {
                    @Override
                    public void done(int n) {
                    }

                    @Override
                    public void failed(String input, String reason) {
                        throw new IllegalStateException(input + ": " + reason);
                    }
                });
                s.connection().createStatement().execute("CHECKPOINT");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(built)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        for (String name : ARTICLES) {
            try (InputStream in = TestStore.class.getResourceAsStream("/detente/server/articles/" + name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String title = text.substring(0, text.indexOf('\n')).strip();
                out.add(new Article("articles/" + name, title, LocalDate.parse(name.substring(0, 10)), null,
                        "test-wire", null, "en", text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
