package detente.nlp;

import detente.Detente;
import detente.Dictionaries;
import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Event;
import detente.doc.Sentence;
import detente.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateFilterIT {

    private static final Dictionaries DICTIONARIES = Dictionaries.builtIn();
    private static final Pipeline FILTERED = Detente.pipeline(Detente.nlp(), DICTIONARIES);
    private static final Pipeline ALL = Detente.pipelineParsingAll(Detente.nlp(), DICTIONARIES,
            Detente.events(DICTIONARIES, true));

    private static Document code(Pipeline pipeline, String text) {
        return pipeline.process(Article.of("t", LocalDate.of(2024, 1, 16), text));
    }

    @Test
    void sentencesWithNoActorAreNotParsedAndSayWhy() {
        Document d = code(FILTERED, "Pakistan condemned the Iranian strike on its territory.\n\n"
                + "Oil prices rose 2 percent in early trading.\n\n"
                + "He said the attack was unacceptable.");
        List<Sentence> s = d.sentences();
        assertThat(s).hasSize(3);
        assertThat(s.get(0).parsed()).isTrue();
        assertThat(s.get(1).parsed()).isFalse();
        assertThat(s.get(1).skipped()).contains("no actor name");
        assertThat(d.tokensOf(s.get(1))).allMatch(t -> t.pos().isEmpty() && t.ner().equals("O"));
        assertThat(d.dependencies()).noneMatch(dep -> s.get(1).containsToken(dep.dependent()));
        // "He" refers back to an actor named before, so its sentence is parsed.
        assertThat(s.get(2).parsed()).isTrue();
        assertThat(d.events()).extracting(Event::cameo).isNotEmpty();
    }

    @Test
    void aDocumentWithNoNameIsNotParsedAtAll() {
        Document d = code(FILTERED, "Oil prices rose sharply on Tuesday.\n\nDemand for heating oil was strong in the cold weather.");
        assertThat(d.sentences()).isNotEmpty().noneMatch(Sentence::parsed);
        assertThat(d.sentences().get(0).skipped()).contains("whole document");
        assertThat(d.dependencies()).isEmpty();
    }

    @Test
    void filteringCodesTheSameEventsAsParsingEverySentence() {
        String text = "Turkish President Recep Tayyip Erdogan met Iranian President Ebrahim Raisi in Ankara on"
                + " Wednesday.\n\nThe lira fell against the dollar.\n\n\"We will not allow attacks,\" Erdogan said.\n\n"
                + "Both countries signed ten agreements on trade and energy.";
        assertThat(code(FILTERED, text).events()).isEqualTo(code(ALL, text).events());
    }
}
