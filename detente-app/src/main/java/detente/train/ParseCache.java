package detente.train;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import detente.doc.Article;
import detente.doc.Dependency;
import detente.doc.Document;
import detente.doc.Layer;
import detente.doc.Sentence;
import detente.doc.Token;
import detente.pipeline.Stage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The NLP stage's output for training sentences, kept on disk by the text's hash: parsing is what training spends
 * its time on, and the parse of a sentence does not change between runs with the same models. Actors are resolved
 * afresh on every run, so dictionary edits always count.
 */
final class ParseCache {

    /** Changes when the NLP stage or this format does, so old entries are not read. */
    private static final String VERSION = "corenlp-4.5.10-v1";

    private record Entry(List<Sentence> sentences, List<Token> tokens, List<Dependency> dependencies,
                         Set<Layer> layers) {
    }

    /** Records also write their is-methods ({@code Token.isNoun()}) as properties; reading back ignores them. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path dir;
    private final Supplier<Stage> nlp;

    /** @param nlp the NLP stage, asked for only when a sentence is not in the cache (its models load slowly) */
    ParseCache(Path dir, Supplier<Stage> nlp) {
        this.dir = dir;
        this.nlp = nlp;
    }

    Document parse(Article article) {
        Path file = dir == null ? null : dir.resolve(key(article.text()) + ".json");
        if (file != null && Files.isRegularFile(file)) {
            try {
                Entry e = JSON.readValue(file.toFile(), new TypeReference<Entry>() { });
                return Document.of(article).withParse(e.sentences(), e.tokens(), e.dependencies(), e.layers());
            } catch (IOException e) {
                // A damaged entry is parsed again and rewritten.
            }
        }
        Document parsed = nlp.get().apply(Document.of(article));
        if (file != null) {
            try {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, "parse", ".tmp");
                JSON.writeValue(tmp.toFile(), new Entry(parsed.sentences(), parsed.tokens(), parsed.dependencies(),
                        parsed.layers()));
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("parse cache " + dir + ": " + e.getMessage(), e);
            }
        }
        return parsed;
    }

    private static String key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((VERSION + "\n" + text).getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
