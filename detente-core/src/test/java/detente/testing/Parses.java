package detente.testing;

import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Layer;
import detente.nlp.corenlp.CoreNlpStage;
import detente.pipeline.Stage;
import detente.testing.ParseFixtures.Parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed documents for stage tests without loading CoreNLP: the NLP stage's output for each test text, recorded
 * once in {@code src/test/resources/parses/sentences.conllu}. Actor, event and fact tests put {@link #stage()}
 * where the pipeline has {@code Detente.nlp()} and run in milliseconds.
 *
 * <p>A text with no recording fails with the command that records it. {@code scripts/record-parses.sh} runs the
 * unit tests with {@code -Dparses.record=all}: the stage then parses with CoreNLP and writes every text the tests
 * used, and only those ({@code -Dparses.record=true} on one test class adds its texts to the rest). {@code ParseFixturesIT} re-parses the recordings and fails when the NLP stage no longer gives them.
 */
public final class Parses {

    /** Relative to the module directory, where Maven runs the tests. */
    static final Path FIXTURES = Path.of("src/test/resources/parses/sentences.conllu");
    private static final String RESOURCE = "/parses/sentences.conllu";

    /** {@code true}: re-parse what the tests use and merge it into the recordings; {@code all}: keep only that. */
    private static final String RECORD = System.getProperty("parses.record", "");
    private static final boolean RECORDING = !RECORD.isEmpty() && !RECORD.equals("false");
    private static final Map<String, Parse> RECORDED = load();
    private static final Map<String, Parse> USED = new ConcurrentHashMap<>();

    static {
        if (RECORDING) {
            Runtime.getRuntime().addShutdownHook(new Thread(Parses::writeRecordings, "record-parses"));
        }
    }

    private static final Stage STAGE = new Stage() {
        @Override
        public String name() {
            return CoreNlpStage.NAME;
        }

        @Override
        public Set<Layer> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer> provides() {
            return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.LEMMAS, Layer.POS, Layer.NER, Layer.DEPENDENCIES);
        }

        @Override
        public Document apply(Document document) {
            Parse parse = parse(document.text());
            return document.withParse(parse.sentences(), parse.tokens(), parse.dependencies(), provides());
        }
    };

    private Parses() {
    }

    /** The recorded NLP stage: same name and layers as CoreNLP's, answered from the recordings. */
    public static Stage stage() {
        return STAGE;
    }

    /** The parsed document of {@code text}, undated. */
    public static Document of(String text) {
        return of(Article.of("t", null, text));
    }

    /** The parsed document of {@code text} published on {@code date}. */
    public static Document of(String text, LocalDate date) {
        return of(Article.of("t", date, text));
    }

    public static Document of(Article article) {
        return STAGE.apply(Document.of(article));
    }

    private static Parse parse(String text) {
        if (RECORDING) {
            return USED.computeIfAbsent(text, Parses::parseLive);
        }
        Parse parse = RECORDED.get(text);
        if (parse == null) {
            throw new IllegalStateException("no recorded parse for \"" + abbreviate(text)
                    + "\": record it with scripts/record-parses.sh (runs the unit tests with -Dparses.record=true)");
        }
        return parse;
    }

    private static Parse parseLive(String text) {
        Document parsed = CoreNlpStage.shared().apply(Document.of(Article.of("record", null, text)));
        return new Parse(text, parsed.sentences(), parsed.tokens(), parsed.dependencies());
    }

    private static Map<String, Parse> load() {
        try (var in = Parses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Map.of();
            }
            return ParseFixtures.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every recorded text: for the check that the recordings still match the NLP stage. */
    static Map<String, Parse> recorded() {
        return RECORDED;
    }

    private static void writeRecordings() {
        Map<String, Parse> out = new LinkedHashMap<>();
        if (!RECORD.equals("all")) {
            out.putAll(RECORDED);
        }
        out.putAll(USED);
        ParseFixtures.write(FIXTURES, out.values());
    }

    private static String abbreviate(String text) {
        String line = text.replace("\n", "\\n");
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
