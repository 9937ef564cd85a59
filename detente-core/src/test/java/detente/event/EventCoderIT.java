package detente.event;

import detente.Detente;
import detente.Dictionaries;
import detente.doc.Article;
import detente.doc.Event;
import detente.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end through CoreNLP: the reference sentences code as they do on recorded parses ({@code EventCoderTest}
 * holds the coder's behaviour; {@code ParseFixturesIT} checks that the recordings are CoreNLP's parses today).
 */
class EventCoderIT {

    private static final Pipeline PIPELINE = Detente.pipeline(Detente.nlp(), Dictionaries.builtIn());

    private static List<String> dyads(String text) {
        return PIPELINE.process(Article.of("t", LocalDate.of(2024, 1, 24), text)).events().stream()
                .map(e -> e.source().code() + ">" + (e.target() == null ? "-" : e.target().code()) + ":" + e.cameo())
                .toList();
    }

    @Test
    void theReferenceSentencesCodeThroughCoreNlp() {
        assertThat(dyads("Iranian President Ebrahim Raisi met Turkish President Recep Tayyip Erdogan in Ankara."))
                .contains("IRNGOV>TURGOV:040");
        assertThat(dyads("Pakistan launched airstrikes on Iran.")).contains("PAK>IRN:195");
        assertThat(dyads("Turkey condemned Israel's attacks on Gaza.")).contains("TUR>ISR:111");
        assertThat(dyads("Raisi did not meet Erdogan.")).isEmpty();
    }

    @Test
    void aWholeArticleCodesWithItsProvenance() {
        String text = "Iraq recalls ambassador\n\nIraq recalled its ambassador from Tehran on Tuesday after Iranian "
                + "missiles struck Erbil, the foreign ministry said.";
        List<Event> events = PIPELINE.process(Article.of("t", LocalDate.of(2024, 1, 16), text)).events();
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(text.substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
            assertThat(e.rule()).isNotBlank();
        });
    }
}
