package detente.eval;

import detente.doc.Event;
import detente.doc.Participant;
import detente.doc.Place;
import detente.doc.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaceEvaluationTest {

    private static Event event(String date, String precision, Place place) {
        Participant iran = new Participant("IRNMIL", "IRN", null, "Iran", "Iran", 0, 4);
        return new Event("e" + date, "a.txt", LocalDate.parse(date), iran, null, "195", "19", 4, -10, null, 0,
                "Iran struck targets near Erbil.", new TextSpan("struck", 5, 11), "test", 0.9, place, precision,
                null);
    }

    private static Place place(String name, String country, String admin1, String level) {
        return new Place(name, country, admin1, 36.19, 44.01, level, "clause", 0, name.length());
    }

    private static PlaceEvaluation.GoldPlace gold(String places, String country, String date, String level) {
        return new PlaceEvaluation.GoldPlace("a.txt", List.of(places.split("\\|")), country, LocalDate.parse(date),
                level);
    }

    @Test
    void aReportPassesWhenOneEventHasThePlaceAndADateCoveringTheDay() {
        PlaceEvaluation.Item item = PlaceEvaluation.item(gold("Erbil", "IRQ", "2024-01-17", "city"), List.of(
                event("2024-01-24", "reported", place("Baghdad", "IRQ", "Baghdad", "city")),
                event("2024-01-15", "week", place("Erbil", "IRQ", "Erbil", "city"))));
        assertThat(item.countryRight()).isTrue();
        assertThat(item.placeRight()).isTrue();
        assertThat(item.dateRight()).isTrue();
        assertThat(item.passed()).isTrue();
        assertThat(item.best().date()).isEqualTo(LocalDate.of(2024, 1, 15));
    }

    @Test
    void theRightCountryIsNotTheRightPlaceAndTheReportedDayNotAnotherDay() {
        PlaceEvaluation.Item item = PlaceEvaluation.item(gold("Erbil", "IRQ", "2024-01-15", "city"), List.of(
                event("2024-01-16", "reported", place("northern Iraq", "IRQ", null, "region"))));
        assertThat(item.countryRight()).isTrue();
        assertThat(item.placeRight()).isFalse();
        assertThat(item.passed()).isFalse();
        // A place named as its province counts; a country-level gold row takes any place in the country.
        assertThat(PlaceEvaluation.item(gold("Erbil", "IRQ", "2024-01-16", "admin1"), List.of(
                event("2024-01-16", "day", place("Shaqlawa", "IRQ", "Erbil", "city")))).passed()).isTrue();
        assertThat(PlaceEvaluation.item(gold("Iraq", "IRQ", "2024-01-16", "country"), List.of(
                event("2024-01-16", "day", place("Shaqlawa", "IRQ", "Erbil", "city")))).passed()).isTrue();
        assertThat(PlaceEvaluation.item(gold("Gulf of Aden", null, "2024-01-16", "sea"), List.of(
                event("2024-01-16", "day", place("ADEN", "YEM", "Aden", "city")))).countryRight()).isFalse();
    }

    @Test
    void aMalformedGoldRowIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("places.tsv");
        Files.writeString(file, "# gold\nfile\tplace\tcountry\tdate\tlevel\na.txt\tErbil\tIRQ\t2024-13-01\tcity\n");
        assertThatThrownBy(() -> PlaceEvaluation.readGold(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + " line 3:");
        Files.writeString(file, "a.txt\tErbil\tIRQ\t2024-01-01\ttown\n");
        assertThatThrownBy(() -> PlaceEvaluation.readGold(file)).hasMessageContaining("line 1");
    }
}
