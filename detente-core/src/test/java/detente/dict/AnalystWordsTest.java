package detente.dict;

import detente.Detente;
import detente.Dictionaries;
import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Quote;
import detente.testing.Parses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** An analyst teaches detente a word with a file under {@code --dict}, without a build. */
class AnalystWordsTest {

    private static final String QUIPPED = "\"We will answer this in kind,\" Iraqi Foreign Minister Fuad Hussein quipped.";

    private static Document facts(Dictionaries dictionaries, String text) {
        return Detente.pipeline(Parses.stage(), dictionaries)
                .process(Article.of("t", LocalDate.of(2024, 1, 24), text));
    }

    /** The triggers the patterns code (the learned reading left out: it reads such verbs on its own). */
    private static java.util.List<String> patterns(Dictionaries dictionaries, String text) {
        return Detente.pipeline(Parses.stage(), dictionaries, Detente.events(dictionaries, true, null, 0))
                .process(Article.of("t", LocalDate.of(2024, 1, 24), text)).events().stream()
                .map(e -> e.trigger().text()).toList();
    }

    @Test
    void aNewSpeechVerbAttributesQuotesOnceItIsInTheFactsFile(@TempDir Path dir) throws Exception {
        Quote unknownVerb = facts(detente.testing.Stages.dictionaries(), QUIPPED).quotes().get(0);
        assertThat(unknownVerb.verb()).isNotEqualTo("quip");

        Path file = dir.resolve("facts/context-words.yaml");
        Files.createDirectories(file.getParent());
        String builtIn = new String(DictionarySource.builtIn().open("facts/context-words.yaml").readAllBytes());
        Files.writeString(file, builtIn.replace("\"tweet\",", "\"tweet\", \"quip\","));
        Dictionaries taught = Dictionaries.load(DictionarySource.overriddenBy(dir));

        Quote quote = facts(taught, QUIPPED).quotes().get(0);
        assertThat(quote.verb()).isEqualTo("quip");
        assertThat(quote.speaker().code()).isEqualTo("IRQGOV");
    }

    @Test
    void aNewCancellingVerbStopsTheActItGoverns(@TempDir Path dir) throws Exception {
        String text = "Turkey scuppered a deal to supply arms to Iraq.";
        assertThat(patterns(detente.testing.Stages.dictionaries(), text)).containsExactly("supply");

        Path file = dir.resolve("events/context-words.yaml");
        Files.createDirectories(file.getParent());
        String builtIn = new String(DictionarySource.builtIn().open("events/context-words.yaml").readAllBytes());
        Files.writeString(file, builtIn.replace("\"forgo\"]", "\"forgo\", \"scupper\"]"));
        Dictionaries shipped = detente.testing.Stages.dictionaries();
        Dictionaries taught = shipped.withEvents(detente.event.EventDictionary.load(DictionarySource.overriddenBy(dir),
                shipped.ontology()));

        assertThat(patterns(taught, text)).isEmpty();
    }
}
