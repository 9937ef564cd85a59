package detente.testing;

import detente.doc.Article;
import detente.doc.Document;
import detente.nlp.corenlp.CoreNlpStage;
import detente.testing.ParseFixtures.Parse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The recordings the stage tests read are what the NLP stage gives today; when it changes, they are re-recorded. */
class ParseFixturesIT {

    @Test
    void everyRecordingIsWhatTheNlpStageGivesNow() {
        assertThat(Parses.recorded()).as("recorded parses").isNotEmpty();
        List<String> stale = new ArrayList<>();
        for (Parse recorded : Parses.recorded().values()) {
            Document now = CoreNlpStage.shared().apply(Document.of(Article.of("check", null, recorded.text())));
            if (!now.sentences().equals(recorded.sentences()) || !now.tokens().equals(recorded.tokens())
                    || !now.dependencies().equals(recorded.dependencies())) {
                stale.add(recorded.text());
            }
        }
        assertThat(stale).as("texts whose recorded parse differs from CoreNLP's now: run scripts/record-parses.sh")
                .isEmpty();
    }
}
