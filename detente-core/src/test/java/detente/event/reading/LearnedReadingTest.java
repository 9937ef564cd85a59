package detente.event.reading;

import detente.Detente;
import detente.Dictionaries;
import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Event;
import detente.event.EventCoder;
import detente.event.EventTrace;
import detente.pipeline.Pipeline;
import detente.testing.Parses;
import detente.testing.Stages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learned reading inside the coder, with a small hand-weighted model so the outcome is known: it codes where
 * no pattern fires, never where one does, and not what the sentence negates or only supposes.
 */
class LearnedReadingTest {

    private static final Dictionaries DICTIONARIES = Stages.dictionaries();
    private static final Pipeline PARSE = Pipeline.builder().add(Parses.stage()).add(Detente.actors(DICTIONARIES))
            .build();

    /** Reads "X <verb> Y" with X the subject as X acting on Y; "pillory" as an accusation. */
    private static ReadingModel handWeighted(double threshold) {
        LinearHead role = new LinearHead("role", List.of("no", "yes"), new double[] {1, -1},
                Map.of("rels=nsubj|obj", new double[] {-2, 3}));
        LinearHead type = new LinearHead("type", List.of("ACCUSE", "CONSULT"), new double[] {0, 0},
                Map.of("gov=pillory", new double[] {3, -3}));
        LinearHead classes = new LinearHead("class", List.of("0", "1", "2", "3", "4"), new double[5],
                Map.of("w=pillory", new double[] {0, 0, 0, 3, 0}));
        return new ReadingModel("hand-1", threshold, Map.of("ACCUSE", "110", "CONSULT", "040"), role, type, classes);
    }

    private static EventCoder coder(double threshold) {
        return new EventCoder(DICTIONARIES.events(), DICTIONARIES.ontology(), true,
                new LearnedReading(handWeighted(threshold)), 0);
    }

    private static Document parse(String text) {
        return PARSE.process(Article.of("t", LocalDate.of(2024, 1, 18), text));
    }

    @Test
    void codesWhereNoPatternFiresAndSaysWhy() {
        Document d = parse("Egypt pilloried Ethiopia on Tuesday.");
        assertThat(Detente.events(DICTIONARIES, true, null, 0).code(d, EventTrace.NONE)).isEmpty();
        List<String> notes = new ArrayList<>();
        List<Event> events = coder(0.5).code(d, notes::add);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.source().code()).isEqualTo("EGY");
            assertThat(e.target().code()).isEqualTo("ETH");
            assertThat(e.cameo()).isEqualTo("110");
            assertThat(e.plover().event()).isEqualTo("ACCUSE");
            assertThat(e.rule()).isEqualTo("model:hand-1");
            assertThat(e.trigger().text()).isEqualTo("pilloried");
            assertThat(e.confidence()).isBetween(0.5, 0.95);
        });
        assertThat(String.join("\n", notes)).contains("model:hand-1: EGY -> ETH ACCUSE (110)").contains("gov=pillory");
    }

    @Test
    void patternsComeFirst() {
        Document d = parse("Egypt accused Ethiopia of stalling the talks.");
        assertThat(coder(0.0).code(d, EventTrace.NONE)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.rule()).doesNotStartWith("model:"));
    }

    @Test
    void notBelowTheThresholdNorWhatIsNegatedOrSupposed() {
        assertThat(coder(0.99).code(parse("Egypt pilloried Ethiopia on Tuesday."), EventTrace.NONE)).isEmpty();
        assertThat(coder(0.5).code(parse("Egypt did not pillory Ethiopia."), EventTrace.NONE)).isEmpty();
        assertThat(coder(0.5).code(parse("Egypt would pillory Ethiopia if the dam were filled."), EventTrace.NONE))
                .isEmpty();
    }

    @Test
    void aUsersMinimumConfidenceCutsEveryReading() {
        Document d = parse("Egypt pilloried Ethiopia on Tuesday. Iran accused Iraq of harbouring militants.");
        EventCoder strict = new EventCoder(DICTIONARIES.events(), DICTIONARIES.ontology(), true,
                new LearnedReading(handWeighted(0.3)), 0.96);
        assertThat(strict.code(d, EventTrace.NONE)).isEmpty();
        assertThat(coder(0.3).code(d, EventTrace.NONE)).extracting(Event::rule)
                .anyMatch(r -> r.equals("model:hand-1")).anyMatch(r -> !r.startsWith("model:"));
    }

    @Test
    void onlyOneVerbsArgumentsAndNeverAnActToldThroughAReport() {
        // Egypt is the speaker, Ethiopia the doer's target in the reported clause: no Egyptian act on Ethiopia.
        assertThat(coder(0.0).code(parse("Egypt said that Sudan pilloried Ethiopia."), EventTrace.NONE))
                .noneMatch(e -> e.source().code().equals("EGY") && e.target() != null
                        && e.target().code().equals("ETH"));
        // Allies acting together are not each other's targets in conflict.
        assertThat(coder(0.0).code(parse("Kenyan and Ugandan troops pilloried the rebels."), EventTrace.NONE))
                .noneMatch(e -> e.target() != null && (e.target().code().startsWith("KEN")
                        || e.target().code().startsWith("UGA")));
    }

    @Test
    void aLoneActorActsOnTheObjectWithNoTarget() {
        List<Event> events = coder(0.0).code(parse("Egypt pilloried the new dam on Tuesday."), EventTrace.NONE);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.source().code()).isEqualTo("EGY");
            assertThat(e.target()).isNull();
            assertThat(e.rule()).isEqualTo("model:hand-1");
        });
    }
}
