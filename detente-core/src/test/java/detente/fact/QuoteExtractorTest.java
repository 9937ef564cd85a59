package detente.fact;

import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Quote;
import detente.pipeline.Pipeline;
import detente.testing.Stages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteExtractorTest {

    private static final Pipeline PIPELINE = Stages.pipeline();

    private static List<Quote> quotes(String text) {
        Document d = PIPELINE.process(Article.of("t", LocalDate.of(2024, 1, 24), text));
        for (Quote q : d.quotes()) {
            assertThat(d.text().substring(q.start(), q.end())).isEqualTo(q.text());
        }
        return d.quotes();
    }

    private static String code(Quote q) {
        return q.speaker() == null ? null : q.speaker().code();
    }

    @Test
    void speakerBeforeAndAfterTheVerb() {
        Quote before = quotes("\"The strikes violate our sovereignty,\" Iraqi Foreign Minister Fuad Hussein said.").get(0);
        assertThat(before.text()).isEqualTo("The strikes violate our sovereignty,");
        assertThat(code(before)).isEqualTo("IRQGOV");
        assertThat(before.verb()).isEqualTo("say");
        Quote inverted = quotes("\"We will not accept this,\" said the Iraqi foreign minister.").get(0);
        assertThat(code(inverted)).isEqualTo("IRQGOV");
    }

    @Test
    void aQuoteSplitBySaidKeepsItsSpeakerOnBothParts() {
        List<Quote> q = quotes("\"We will respond,\" the Iranian president said, \"and soon.\"");
        assertThat(q).extracting(Quote::text).containsExactly("We will respond,", "and soon.");
        assertThat(q).allSatisfy(x -> assertThat(code(x)).isEqualTo("IRNGOV"));
    }

    @Test
    void speechVerbsAndAttributionPhrases() {
        assertThat(code(quotes("Turkish President Recep Tayyip Erdogan added: \"Gaza needs a ceasefire now.\"").get(0)))
                .isEqualTo("TURGOV");
        assertThat(code(quotes("The Pakistani army asserted that \"no civilians were harmed in the operation\".").get(0)))
                .isEqualTo("PAKMIL");
        Quote told = quotes("The Iranian foreign minister told reporters at a press conference in Tehran that "
                + "\"the response will be decisive and proportionate\".").get(0);
        assertThat(code(told)).isEqualTo("IRNGOV");
        assertThat(told.verb()).isEqualTo("tell");
        Quote according = quotes("According to the Iraqi government, \"the strike killed civilians in Erbil\".").get(0);
        assertThat(code(according)).isEqualTo("IRQGOV");
        assertThat(according.verb()).isEqualTo("according to");
    }

    @Test
    void pronounAndTitleSpeakersResolveToTheActorInFocus() {
        List<Quote> q = quotes("Iranian President Ebrahim Raisi arrived in Ankara on Wednesday. "
                + "\"Our two nations are brothers,\" he said at a press conference.");
        assertThat(code(q.get(0))).isEqualTo("IRNGOV");
    }

    @Test
    void aQuoteParagraphWithoutASpeakerTakesThePreviousParagraphsSpeaker() {
        String text = "Talks in Ankara\n\nTurkish President Recep Tayyip Erdogan said the talks had been productive.\n\n"
                + "\"We have agreed to raise our trade to 30 billion dollars and to work together against terrorism.\"\n\n"
                + "Markets rose.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(code(q.get(0))).isEqualTo("TURGOV");
    }

    @Test
    void anUnclosedQuoteContinuesIntoTheNextParagraphWithTheSameSpeaker() {
        String text = "Strikes\n\nThe Pakistani military said in a statement: \"The operation targeted hideouts of "
                + "terrorist groups in Iran.\n\n\"It was conducted with full respect for the territorial integrity of Iran.\"";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        assertThat(q.get(0).text()).endsWith("groups in Iran.");
        assertThat(q).allSatisfy(x -> assertThat(code(x)).isEqualTo("PAKMIL"));
    }

    @Test
    void shortScareQuotesWithoutASpeakerAreLeftOut() {
        assertThat(quotes("The question is what \"response\" means here.")).isEmpty();
    }
}
