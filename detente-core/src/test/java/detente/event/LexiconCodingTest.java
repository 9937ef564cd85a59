package detente.event;

import detente.Detente;
import detente.Dictionaries;
import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Event;
import detente.pipeline.Pipeline;
import detente.testing.Parses;
import detente.testing.Stages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A trigger the patterns do not list codes through the lexicon expansion, with its rule and a lower confidence. */
class LexiconCodingTest {

    private static final LocalDate DATE = LocalDate.of(2024, 1, 24);
    private static final Dictionaries WITH_WAYLAY = dictionaries("waylay\tv\tambush\tsynonym\t1\n");
    private static final Dictionaries WITHOUT = dictionaries("# no rows\n");

    /** The built-in dictionaries with {@code expansion} as the lexicon expansion file. */
    private static Dictionaries dictionaries(String expansion) {
        try {
            LexiconExpansion read = LexiconExpansion.parse(new java.io.StringReader(expansion), "test expansion");
            Dictionaries builtIn = Stages.dictionaries();
            return builtIn.withEvents(builtIn.events().withExpansion(read));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Event> code(Dictionaries dictionaries, String text) {
        // The patterns alone: the learned reading may code an unlisted word too, which is not what is tested here.
        return Detente.pipeline(Parses.stage(), dictionaries, Detente.events(dictionaries, true, null, 0))
                .process(Article.of("t", DATE, text)).events();
    }

    @Test
    void aWordNetSynonymCodesAsItsTriggerLessConfidently() {
        Event waylaid = code(WITH_WAYLAY, "Houthi rebels waylaid a Saudi convoy near the border.").get(0);
        Event ambushed = code(WITH_WAYLAY, "Houthi rebels ambushed a Saudi convoy near the border.").get(0);
        assertThat(waylaid.source().code()).isEqualTo(ambushed.source().code());
        assertThat(waylaid.target().code()).isEqualTo("SAU");
        assertThat(waylaid.cameo()).isEqualTo(ambushed.cameo());
        assertThat(waylaid.trigger().text()).isEqualTo("waylaid");
        assertThat(waylaid.rule()).isEqualTo("wordnet:waylay→" + ambushed.rule());
        assertThat(waylaid.confidence()).isCloseTo(ambushed.confidence() - LexiconExpansion.CONFIDENCE_DROP,
                org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void explainSaysWhichTriggerTheWordBorrowed() {
        Pipeline pipeline = Detente.pipeline(Parses.stage(), WITH_WAYLAY);
        Document document = pipeline.process(Article.of("t", DATE, "Houthi rebels waylaid a Saudi convoy."));
        List<String> notes = new ArrayList<>();
        new EventCoder(WITH_WAYLAY.events(), WITH_WAYLAY.ontology()).code(document, notes::add);
        assertThat(notes).anyMatch(n -> n.contains("'waylaid' wordnet:waylay→") && n.contains("matches"));
    }

    @Test
    void withoutTheRowOrWithoutAnActorTheWordCodesNothing() {
        assertThat(code(WITHOUT, "Houthi rebels waylaid a Saudi convoy near the border.")).isEmpty();
        // The borrowed pattern keeps its slots: no actor as target, no event.
        assertThat(code(WITH_WAYLAY, "Houthi rebels waylaid a convoy near the border.")).isEmpty();
        // A word the patterns list is coded by its own pattern, never through the expansion.
        assertThat(code(WITH_WAYLAY, "Houthi rebels ambushed a Saudi convoy.")).allSatisfy(
                e -> assertThat(e.rule()).doesNotStartWith("wordnet:"));
    }
}
