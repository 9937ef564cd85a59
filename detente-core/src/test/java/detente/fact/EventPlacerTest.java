package detente.fact;

import detente.doc.Article;
import detente.doc.Event;
import detente.pipeline.Pipeline;
import detente.testing.Stages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventPlacerTest {

    private static final Pipeline PIPELINE = Stages.pipeline();
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 1, 24);

    private static List<Event> events(String text) {
        return PIPELINE.process(Article.of("t", PUBLISHED, text)).events();
    }

    @Test
    void theTimeExpressionOfTheEventsClauseDatesIt() {
        assertThat(events("Pakistan launched airstrikes on Iran on Thursday.")).first()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2024, 1, 18)));
        assertThat(events("Iran recalled its ambassador from Pakistan last week.")).first()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2024, 1, 15)));
    }

    @Test
    void aYearBeforeANounDatesOnlyThatNoun() {
        // Condemned now, killed in 2020.
        assertThat(events("Iran again condemned the 2020 killing of its general by the United States."))
                .filteredOn(e -> e.root().equals("11")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date()).isEqualTo(PUBLISHED));
    }

    @Test
    void withoutAGoverningTimeExpressionTheArticleDateStays() {
        assertThat(events("Pakistan launched airstrikes on Iran.")).first()
                .satisfies(e -> assertThat(e.date()).isEqualTo(PUBLISHED));
        assertThat(events("Pakistan launched airstrikes on Iran, a week after talks that began on Monday.")).first()
                .satisfies(e -> assertThat(e.date()).isEqualTo(PUBLISHED));
    }

    @Test
    void theEventsPlaceComesFromItsSentenceOrParagraph() {
        List<Event> events = events("Iranian troops attacked Iraqi civilians in Erbil on Monday. "
                + "Iraq condemned Iran.");
        assertThat(events).filteredOn(e -> e.quad() == 4).first().satisfies(e -> {
            assertThat(e.location().name()).isEqualTo("Erbil");
            assertThat(e.location().country()).isEqualTo("IRQ");
            assertThat(e.date()).isEqualTo(LocalDate.of(2024, 1, 22));
        });
        assertThat(events("Pakistan launched airstrikes on Iran.")).first()
                .satisfies(e -> assertThat(e.location()).isNull());
    }

    @Test
    void aPlaceInAnotherClauseIsNotTheEventsButTheDatelineIsTheLastResort() {
        List<Event> events = events("Talks\n\nANKARA, Jan 24 — Erdogan, who visited Baghdad in May, said Turkey "
                + "condemned Israel.");
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.location().name()).isEqualTo("ANKARA");
            assertThat(e.location().country()).isEqualTo("TUR");
        });
    }

    @Test
    void aVerbalEventIsNotWhereItsObjectIs() {
        assertThat(events("Turkey condemned Israel's campaign in Gaza.")).allSatisfy(e ->
                assertThat(e.location()).isNull());
    }

    @Test
    void anActorOfTheEventIsNotItsPlace() {
        assertThat(events("Iranian officials pointed the finger at Israel.")).allSatisfy(e ->
                assertThat(e.location()).isNull());
    }

    @Test
    void aStrikeTellsItsWeekAndLandsInTheRegionTheArticleIsAbout() {
        // After the report the issue quotes: the strike is dated to the week before publication and placed in Iraq.
        List<Event> events = events("Villagers near Erbil in Iraqi Kurdistan buried their dead on Wednesday.\n\n"
                + "Tehran bombed Iraqi Kurdish villages last week.");
        assertThat(events).filteredOn(e -> e.quad() == 4).isNotEmpty().allSatisfy(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2024, 1, 15));
            assertThat(e.datePrecision()).isEqualTo("week");
            assertThat(e.dateSpan().text()).isEqualTo("last week");
            assertThat(e.location()).isNotNull();
            assertThat(e.location().country()).isEqualTo("IRQ");
            assertThat(e.location().precision()).isEqualTo("article");
        });
    }

    @Test
    void theDatePrecisionAndThePlacePrecisionSayWhereTheyCameFrom() {
        List<Event> events = events("Iranian troops attacked Iraqi civilians in Erbil on Monday. Iraq condemned Iran.");
        assertThat(events).filteredOn(e -> e.quad() == 4).first().satisfies(e -> {
            assertThat(e.datePrecision()).isEqualTo("day");
            assertThat(e.dateSpan().text()).isEqualTo("Monday");
            assertThat(e.location().precision()).isEqualTo("clause");
            assertThat(e.location().level()).isEqualTo("city");
            assertThat(e.text()).isNotNull();
        });
        assertThat(events("Pakistan launched airstrikes on Iran.")).first().satisfies(e -> {
            assertThat(e.datePrecision()).isEqualTo("reported");
            assertThat(e.dateSpan()).isNull();
        });
    }

    @Test
    void aMaterialEventWithoutAPlaceOfItsOwnTakesTheArticles() {
        List<Event> events = events("Clashes near Idlib\n\nGovernment forces shelled rebel positions in Idlib "
                + "province on Monday.\n\nSyria's army attacked the rebels again on Tuesday.");
        assertThat(events).filteredOn(e -> e.quad() == 4 && e.date().equals(LocalDate.of(2024, 1, 23)))
                .isNotEmpty().allSatisfy(e -> {
                    assertThat(e.location().country()).isEqualTo("SYR");
                    assertThat(e.location().precision()).isIn("paragraph", "article");
                });
    }
}
