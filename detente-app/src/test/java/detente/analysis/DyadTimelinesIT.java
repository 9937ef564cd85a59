package detente.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static detente.analysis.PlantedEvents.Code.AIRSTRIKE;
import static detente.analysis.PlantedEvents.Code.COMPLAIN;
import static detente.analysis.PlantedEvents.Code.CONSULT;
import static detente.analysis.PlantedEvents.Code.SIGN_AGREEMENT;
import static org.assertj.core.api.Assertions.assertThat;

class DyadTimelinesIT {

    static final LocalDate MON = LocalDate.of(2024, 1, 15);

    @TempDir
    Path dir;

    @Test
    void countsPerWeekAndQuadClassAreWhatWasPlanted() throws Exception {
        try (PlantedEvents p = new PlantedEvents(dir)) {
            String e1 = p.add(MON, "IRNGOV", "PAKGOV", AIRSTRIKE, 3);
            String e2 = p.add(MON.plusDays(2), "PAKMIL", "IRN", AIRSTRIKE);
            String e3 = p.add(MON.plusDays(6), "PAK", "IRNGOV", COMPLAIN);
            String e4 = p.add(MON.plusDays(7), "IRNGOV", "PAKGOV", CONSULT);
            p.add(MON, "IRN", "TUR", CONSULT);
            p.add(MON, "PAK", "CHN", CONSULT);

            DyadTimeline t = new Analysis(p.store()).dyad(new DyadQuery("IRN", "PAK", null, null,
                    ActorLevel.COUNTRY, false, Period.WEEK));

            assertThat(t.points()).hasSize(2);
            DyadPoint w1 = t.points().get(0);
            assertThat(w1.period()).isEqualTo(MON);
            assertThat(w1.events()).isEqualTo(3);
            assertThat(w1.quad()).containsExactly(0, 0, 1, 2);
            assertThat(w1.goldstein()).isEqualTo(-22.0);
            assertThat(w1.eventIds()).containsExactly(e1, e2, e3);
            assertThat(w1.tension()).isGreaterThan(80);
            DyadPoint w2 = t.points().get(1);
            assertThat(w2.quad()).containsExactly(1, 0, 0, 0);
            assertThat(w2.eventIds()).containsExactly(e4);
            assertThat(w2.tension()).isLessThan(w1.tension());
        }
    }

    @Test
    void anEventKnownOnlyToTheWeekCountsInWeeksNotDays() throws Exception {
        try (PlantedEvents p = new PlantedEvents(dir)) {
            String day = p.add(MON.plusDays(2), "IRNGOV", "PAKGOV", AIRSTRIKE);
            String week = p.add(MON, "PAKMIL", "IRN", AIRSTRIKE);
            p.connection().createStatement().execute("UPDATE events SET date_precision = 'week' WHERE id = '" + week
                    + "'");
            Analysis a = new Analysis(p.store());
            DyadTimeline daily = a.dyad(new DyadQuery("IRN", "PAK", null, null, ActorLevel.COUNTRY, false, Period.DAY));
            // "Pakistan struck last week" is filed under Monday, but is no strike on that Monday.
            assertThat(daily.points()).flatMap(DyadPoint::eventIds).containsExactly(day);
            DyadTimeline weekly = a.dyad(new DyadQuery("IRN", "PAK", null, null, ActorLevel.COUNTRY, false,
                    Period.WEEK));
            assertThat(weekly.points()).singleElement().satisfies(w ->
                    assertThat(w.eventIds()).containsExactlyInAnyOrder(day, week));
        }
    }

    @Test
    void directedKeepsOneDirectionAndLevelsCompareDifferentAttributes() throws Exception {
        try (PlantedEvents p = new PlantedEvents(dir)) {
            p.add(MON, "IRNGOV", "PAKGOV", AIRSTRIKE);
            p.add(MON, "PAKMIL", "IRNGOV", AIRSTRIKE);
            p.add(MON, "PAKMIL", "IRNGOV", COMPLAIN);
            p.add(MON, "IRN", "PAKGOV", CONSULT);
            Analysis a = new Analysis(p.store());

            assertThat(a.dyad(query("IRN", "PAK", false, ActorLevel.COUNTRY)).events()).isEqualTo(4);
            assertThat(a.dyad(query("IRN", "PAK", true, ActorLevel.COUNTRY)).events()).isEqualTo(2);
            assertThat(a.dyad(query("PAK", "IRN", true, ActorLevel.COUNTRY)).events()).isEqualTo(2);
            assertThat(a.dyad(query("IRNGOV", "PAKGOV", false, ActorLevel.CODE)).events()).isEqualTo(1);
            assertThat(a.dyad(query("PAKMIL", "IRNGOV", true, ActorLevel.CODE)).events()).isEqualTo(2);
            assertThat(a.dyad(query("IRNGOV", "PAKMIL", true, ActorLevel.CODE)).events()).isZero();
        }
    }

    @Test
    void groupLevelSeparatesArmedGroupsFromTheirCountry() throws Exception {
        try (PlantedEvents p = new PlantedEvents(dir)) {
            p.add(MON, "ISRMIL", "PSEREBHMS/HAMAS", AIRSTRIKE);
            p.add(MON, "ISRGOV", "PSEGOV", SIGN_AGREEMENT);
            Analysis a = new Analysis(p.store());

            assertThat(a.dyad(query("ISR", "HAMAS", false, ActorLevel.GROUP)).events()).isEqualTo(1);
            assertThat(a.dyad(query("ISR", "PSE", false, ActorLevel.GROUP)).events()).isEqualTo(1);
            assertThat(a.dyad(query("ISR", "PSE", false, ActorLevel.COUNTRY)).events()).isEqualTo(2);
        }
    }

    @Test
    void emptyPeriodsAreFilledAndDailyTensionDecaysTowardsNeutral() throws Exception {
        try (PlantedEvents p = new PlantedEvents(dir)) {
            p.add(MON, "IRN", "PAK", AIRSTRIKE);
            DyadTimeline t = new Analysis(p.store()).dyad(new DyadQuery("IRN", "PAK", MON.minusDays(2),
                    MON.plusDays(30), ActorLevel.COUNTRY, false, Period.DAY));

            assertThat(t.points()).hasSize(33);
            List<DyadPoint> pts = t.points();
            assertThat(pts.get(0).tension()).isEqualTo(50.0);
            assertThat(pts.get(2).events()).isEqualTo(1);
            assertThat(pts.get(2).tension()).isEqualTo(75.0); // 100 × (10 + 5) / (10 + 0 + 10)
            assertThat(pts.get(32).tension()).isBetween(50.0, pts.get(2).tension());
        }
    }

    private static DyadQuery query(String a, String b, boolean directed, ActorLevel level) {
        return new DyadQuery(a, b, null, null, level, directed, Period.WEEK);
    }
}
