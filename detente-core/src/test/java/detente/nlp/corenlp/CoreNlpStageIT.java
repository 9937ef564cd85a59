package detente.nlp.corenlp;

import detente.doc.Article;
import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Sentence;
import detente.doc.Token;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CoreNlpStageIT {

    private static Document parse(String text) {
        return CoreNlpStage.shared().apply(Document.of(Article.of("t", LocalDate.of(2024, 1, 24), text)));
    }

    @Test
    void everyTokenAndSentenceSpanIndexesTheOriginalText() {
        String text = "ANKARA — Türkiye’s President Recep Tayyip Erdoğan hosted Iran's Ebrahim Raisi on Wednesday.\n\n"
                + "“We want to raise trade to $30 billion,” Erdoğan said… Both sides signed 10 memoranda (MoUs).";
        Document d = parse(text);
        assertThat(d.sentences()).hasSizeGreaterThanOrEqualTo(2);
        for (Token t : d.tokens()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            assertThat(t.lemma()).isNotBlank();
            assertThat(t.pos()).isNotBlank();
        }
        for (Sentence s : d.sentences()) {
            assertThat(d.token(s.firstToken()).start()).isEqualTo(s.start());
            assertThat(d.token(s.endToken() - 1).end()).isEqualTo(s.end());
        }
        assertThat(d.tokens()).extracting(Token::text).contains("Erdoğan", "Türkiye");
    }

    @Test
    void prepositionalRelationsCarryTheirPreposition() {
        Document d = parse("Pakistan launched airstrikes on Iran.");
        DependencyGraph g = d.graph();
        int launched = 1;
        int iran = 4;
        assertThat(d.token(launched).lemma()).isEqualTo("launch");
        assertThat(g.head(iran)).isEqualTo(launched);
        assertThat(g.relation(iran)).isEqualTo("obl:on");
        assertThat(g.relation(0)).isEqualTo("nsubj");
    }

    @Test
    void sentencesAndTokensAreNumberedAcrossTheDocument() {
        Document d = parse("Iran condemned the strike. Pakistan recalled its ambassador.");
        assertThat(d.sentences()).hasSize(2);
        Sentence second = d.sentence(1);
        assertThat(d.token(second.firstToken()).text()).isEqualTo("Pakistan");
        assertThat(d.token(second.firstToken()).sentence()).isEqualTo(1);
        assertThat(d.dependencies()).allSatisfy(dep -> assertThat(dep.dependent()).isBetween(0, d.tokens().size() - 1));
    }

    @Test
    void nonAsciiAndControlCharactersDoNotBreakOffsets() {
        String text = "Côte d’Ivoire\u00A0and Türkiye\u200B met in İstanbul; Şanlıurfa\u0007 was quiet.";
        Document d = parse(text);
        for (Token t : d.tokens()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(d.tokens()).isNotEmpty();
    }

    @Test
    void aSentenceOverTheTokenCapIsCutIntoPartsThatSayTheyWereCut() {
        // One "sentence" of ~4,000 tokens of conjoined clauses: the parser's conjunction handling made this cost
        // seconds at 20,000 characters and minutes at 100,000 before the cap.
        StringBuilder text = new StringBuilder("Iran condemned the strike");
        for (int i = 0; i < 400; i++) {
            text.append(i % 2 == 0 ? ", and Pakistan recalled its ambassador" : " and Türkiye called for calm");
        }
        text.append(". Iran later thanked Türkiye.");
        Document d = parse(text.toString());
        assertThat(d.sentences()).hasSizeGreaterThan(10);
        assertThat(d.sentences()).allSatisfy(s -> assertThat(s.tokenCount()).isLessThanOrEqualTo(Sentence.MAX_TOKENS));
        assertThat(d.sentence(0).cut()).isFalse();
        assertThat(d.sentence(1).cut()).isTrue();
        Sentence last = d.sentence(d.sentences().size() - 1);
        assertThat(d.textOf(last)).isEqualTo("Iran later thanked Türkiye.");
        assertThat(last.cut()).isFalse();
        for (Sentence s : d.sentences()) {
            assertThat(d.token(s.firstToken()).start()).isEqualTo(s.start());
            assertThat(d.token(s.firstToken()).sentence()).isEqualTo(s.index());
        }
        assertThat(d.dependencies()).allSatisfy(dep -> assertThat(dep.head() < 0
                || d.token(dep.head()).sentence() == d.token(dep.dependent()).sentence()).isTrue());
    }
}
