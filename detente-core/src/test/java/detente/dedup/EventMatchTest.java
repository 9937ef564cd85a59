package detente.dedup;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EventMatchTest {

    private static EventMatch.Report r(String s, String t, String code, String date, String place) {
        return new EventMatch.Report(s, t, code, date == null ? null : LocalDate.parse(date), place);
    }

    @Test
    void sameDyadRootAndAdjacentDayIsTheSameEvent() {
        assertThat(EventMatch.sameEvent(r("IRNGOV", "TURGOV", "040", "2024-01-24", null),
                r("IRNGOV", "TURGOV", "043", "2024-01-25", "Ankara"))).isTrue();
    }

    @Test
    void otherDyadDirectionRootOrTwoDaysApartIsAnotherEvent() {
        EventMatch.Report a = r("IRNGOV", "TURGOV", "040", "2024-01-24", null);
        assertThat(EventMatch.sameEvent(a, r("TURGOV", "IRNGOV", "040", "2024-01-24", null))).isFalse();
        assertThat(EventMatch.sameEvent(a, r("IRNGOV", "TURGOV", "057", "2024-01-24", null))).isFalse();
        assertThat(EventMatch.sameEvent(a, r("IRNGOV", "TURGOV", "040", "2024-01-26", null))).isFalse();
        assertThat(EventMatch.sameEvent(a, r("IRNGOV", "TUR", "040", "2024-01-24", null))).isFalse();
    }

    @Test
    void placesMustBeSimilarOnlyWhenBothAreKnown() {
        assertThat(EventMatch.similarPlaces("Ankara", "ankara, Turkey")).isTrue();
        assertThat(EventMatch.similarPlaces("Ankara", null)).isTrue();
        assertThat(EventMatch.similarPlaces("Ankara", "Tehran")).isFalse();
    }

    @Test
    void unknownDatesOnlyMatchUnknownDates() {
        assertThat(EventMatch.closeDates(null, null)).isTrue();
        assertThat(EventMatch.closeDates(null, LocalDate.of(2024, 1, 1))).isFalse();
    }

    @Test
    void aDateKnownToTheWeekMatchesAnyDayOfItsWeek() {
        EventMatch.Report week = new EventMatch.Report("IRNMIL", "IRQ", "195", LocalDate.of(2024, 1, 15), "week", null);
        EventMatch.Report thursday = new EventMatch.Report("IRNMIL", "IRQ", "195", LocalDate.of(2024, 1, 18), "day", null);
        EventMatch.Report nextWeek = new EventMatch.Report("IRNMIL", "IRQ", "195", LocalDate.of(2024, 1, 24), "day", null);
        assertThat(EventMatch.sameEvent(week, thursday)).isTrue();
        assertThat(EventMatch.sameEvent(thursday, week)).isTrue();
        assertThat(EventMatch.sameEvent(week, nextWeek)).isFalse();
        // A day-precision report of Monday is still no match for Thursday.
        EventMatch.Report monday = new EventMatch.Report("IRNMIL", "IRQ", "195", LocalDate.of(2024, 1, 15), "day", null);
        assertThat(EventMatch.sameEvent(monday, thursday)).isFalse();
        assertThat(EventMatch.lastDay(LocalDate.of(2024, 2, 1), "month")).isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
