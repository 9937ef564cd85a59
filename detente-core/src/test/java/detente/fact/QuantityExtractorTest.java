package detente.fact;

import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Event;
import detente.doc.Quantity;
import detente.pipeline.Pipeline;
import detente.testing.Stages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityExtractorTest {

    private static final Pipeline PIPELINE = Stages.pipeline();

    private static Document process(String text) {
        return PIPELINE.process(Article.of("t", LocalDate.of(2024, 1, 24), text));
    }

    private static List<String> found(String text) {
        return process(text).quantities().stream()
                .map(q -> q.kind() + ":" + q.text() + "=" + (long) q.low() + "-" + (long) q.high() + " " + q.unit())
                .toList();
    }

    @Test
    void casualtiesInDigitsWordsAndVagueAmounts() {
        assertThat(found("The bombing killed 93 people.")).containsExactly("killed:93=93-93 person");
        assertThat(found("Ninety-three people were killed and 284 were wounded."))
                .containsExactly("killed:Ninety-three=93-93 person", "wounded:284=284-284 person");
        assertThat(found("The strikes killed at least four civilians and wounded six others."))
                .containsExactly("killed:at least four=4-8 civilian", "wounded:six=6-6 other");
        assertThat(found("Two explosions tore through crowds, killing more than 100 people and wounding scores of others."))
                .contains("killed:more than 100=101-200 person", "wounded:scores=40-99 other");
        assertThat(found("Dozens of people were injured.")).containsExactly("wounded:Dozens=24-99 person");
        assertThat(found("Officials revised the death toll to 84.")).containsExactly("killed:84=84-84 person");
        assertThat(found("Twin blasts leave 93 dead in Kerman.")).containsExactly("killed:93=93-93 person");
        assertThat(found("Several soldiers died and hundreds were hurt."))
                .containsExactly("killed:Several=3-9 soldier", "wounded:hundreds=200-999 person");
    }

    @Test
    void casualtiesLinkToTheirEvent() {
        Document d = process("Islamic State militants attacked Iranian pilgrims in Kerman on Wednesday. "
                + "The bombing left 93 dead.");
        Event attack = d.events().stream().filter(e -> e.quad() == 4).findFirst().orElseThrow();
        Quantity dead = d.quantities().stream().filter(q -> q.kind().equals("killed")).findFirst().orElseThrow();
        assertThat(dead.low()).isEqualTo(93);
        assertThat(dead.event()).isEqualTo(attack.id());
    }

    @Test
    void moneyWithCurrencyAndScale() {
        assertThat(found("The two countries aim for 30 billion dollars in trade."))
                .contains("money:30 billion dollars=30000000000-30000000000 USD");
        assertThat(found("The deal is worth $10bn (£7.6bn)."))
                .containsExactly("money:$10bn=10000000000-10000000000 USD", "money:£7.6bn=7600000000-7600000000 GBP");
        assertThat(found("The EU pledged €2.5 million in aid.")).containsExactly("money:€2.5 million=2500000-2500000 EUR");
        assertThat(found("The budget sets aside 1.2 trillion rials for defence."))
                .containsExactly("money:1.2 trillion rials=1200000000000-1200000000000 IRR");
    }

    @Test
    void percentagesAndCounts() {
        assertThat(found("Trade increased 40% last year.")).containsExactly("percent:40%=40-40 %");
        assertThat(found("Exports fell 12.5 percent.")).containsExactly("percent:12.5 percent=12-12 %");
        assertThat(found("Iran is one of Turkey's five main economic partners."))
                .contains("count:five=5-5 partner");
        assertThat(found("The two sides signed 10 memoranda of understanding.")).contains("count:10=10-10 memorandum");
    }

    @Test
    void numberWordsInsideOtherWordsAreNotNumbers() {
        assertThat(found("Tension rose as someone often said nothing onerous.")).isEmpty();
    }

    @Test
    void yearsAndDatesAreNotQuantities() {
        assertThat(found("In 2023 the talks stalled, and on January 3 they resumed.")).isEmpty();
    }
}
