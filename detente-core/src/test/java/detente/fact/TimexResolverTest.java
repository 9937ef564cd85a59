package detente.fact;

import detente.doc.Article;
import detente.doc.Timex;
import detente.pipeline.Pipeline;
import detente.testing.Stages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimexResolverTest {

    private static final Pipeline PIPELINE = Stages.pipeline();
    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 1, 24);

    private static List<String> timexes(String text) {
        return PIPELINE.process(Article.of("t", PUBLISHED, text)).timexes().stream()
                .map(t -> t.text() + "=" + t.value() + "/" + t.granularity()).toList();
    }

    @Test
    void weekdaysLookBackUnlessTheClauseSpeaksOfTheFuture() {
        assertThat(timexes("Raisi met Erdogan on Wednesday.")).containsExactly("Wednesday=2024-01-24/day");
        assertThat(timexes("Raisi met Erdogan this Monday.")).containsExactly("this Monday=2024-01-22/day");
        assertThat(timexes("Pakistan struck back on Thursday.")).containsExactly("Thursday=2024-01-18/day");
        assertThat(timexes("Amir-Abdollahian will visit Islamabad on Monday.")).containsExactly("Monday=2024-01-29/day");
        assertThat(timexes("The ministers met last Friday and will meet again next Friday."))
                .containsExactly("last Friday=2024-01-19/day", "next Friday=2024-01-26/day");
    }

    @Test
    void deicticDaysAndPeriods() {
        assertThat(timexes("Iran recalled its envoy yesterday and protested again today."))
                .containsExactly("yesterday=2024-01-23/day", "today=2024-01-24/day");
        assertThat(timexes("The talks were postponed last week.")).containsExactly("last week=2024-01-15/week");
        assertThat(timexes("The vote came earlier this month.")).containsExactly("earlier this month=2024-01-01/month");
        assertThat(timexes("Erdogan will travel to Tehran next month.")).containsExactly("next month=2024-02-01/month");
        assertThat(timexes("The visit was first planned two months ago.")).containsExactly("two months ago=2023-11-01/month");
    }

    @Test
    void monthsLookBackUnlessTheClauseSpeaksOfTheFuture() {
        assertThat(timexes("The visit was postponed in November.")).containsExactly("November=2023-11-01/month");
        assertThat(timexes("The gas contract will be renegotiated in July.")).containsExactly("July=2024-07-01/month");
    }

    @Test
    void calendarDatesAndYears() {
        assertThat(timexes("The bombing took place on January 3.")).containsExactly("January 3=2024-01-03/day");
        assertThat(timexes("Envoys will return by Jan. 26.")).containsExactly("Jan. 26=2024-01-26/day");
        assertThat(timexes("The truce began on 24 November 2023.")).containsExactly("24 November 2023=2023-11-24/day");
        assertThat(timexes("The gas contract expires in 2026, after talks in 2023."))
                .containsExactly("2026=2026-01-01/year", "2023=2023-01-01/year");
    }

    @Test
    void durations() {
        assertThat(timexes("The crisis lasted two months.")).containsExactly("two months=P2M/duration");
        assertThat(timexes("a 25-year contract")).containsExactly("25-year=P25Y/duration");
    }

    @Test
    void everyTimexIndexesTheText() {
        String text = "On Wednesday, a day after talks last week, Iran said on January 3 it would act in 2024.";
        for (Timex t : PIPELINE.process(Article.of("t", PUBLISHED, text)).timexes()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }
}
