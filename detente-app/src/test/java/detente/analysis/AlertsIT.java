package detente.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static detente.analysis.PlantedEvents.Code.AIRSTRIKE;
import static detente.analysis.PlantedEvents.Code.COMPLAIN;
import static detente.analysis.PlantedEvents.Code.CONSULT;
import static detente.analysis.PlantedEvents.Code.INTEND_TO_COOPERATE;
import static detente.analysis.PlantedEvents.Code.REDUCE_RELATIONS;
import static detente.analysis.PlantedEvents.Code.SIGN_AGREEMENT;
import static detente.analysis.PlantedEvents.Code.THREATEN;
import static org.assertj.core.api.Assertions.assertThat;

class AlertsIT {

    static final LocalDate START = LocalDate.of(2023, 9, 4);
    static final LocalDate END = LocalDate.of(2024, 1, 28);

    @TempDir
    Path dir;

    /** Steady relations over five months, as a GDELT-like background. */
    static void background(PlantedEvents p, long seed) throws Exception {
        Random r = new Random(seed);
        p.background(r, "USAGOV", "CHNGOV", START, END, 0.8, 0.5);
        p.background(r, "RUSMIL", "UKRMIL", START, END, 0.9, 0.1);
        p.background(r, "ISRMIL", "PSE", START, END, 0.7, 0.2);
        p.background(r, "IRNGOV", "PAKGOV", START, END, 0.15, 0.7);
        p.background(r, "IRNGOV", "TURGOV", START, END, 0.3, 0.5);
        p.background(r, "INDGOV", "PAKGOV", START, END, 0.4, 0.4);
        p.background(r, "FRAGOV", "DEUGOV", START, END, 0.5, 0.9);
        p.background(r, "GBRGOV", "IRNGOV", START, END, 0.1, 0.3);
    }

    @Test
    void january2024IranPakistanEscalatesAndIranTurkiyeWarms() throws Exception {
        try (PlantedEvents p = new PlantedEvents(dir)) {
            background(p, 2024);
            List<String> strikes = new ArrayList<>();
            LocalDate jan16 = LocalDate.of(2024, 1, 16);
            strikes.add(p.add(jan16, "IRNMIL", "PAK", AIRSTRIKE, 40));
            strikes.add(p.add(jan16.plusDays(1), "PAKGOV", "IRNGOV", REDUCE_RELATIONS, 25));
            strikes.add(p.add(jan16.plusDays(1), "PAKGOV", "IRNGOV", COMPLAIN, 10));
            strikes.add(p.add(jan16.plusDays(2), "PAKMIL", "IRN", AIRSTRIKE, 35));
            strikes.add(p.add(jan16.plusDays(2), "IRNGOV", "PAKGOV", THREATEN, 8));
            List<String> talks = new ArrayList<>();
            LocalDate jan24 = LocalDate.of(2024, 1, 24);
            for (int i = 0; i < 3; i++) {
                talks.add(p.add(jan24, "TURGOV", "IRNGOV", CONSULT, 12));
                talks.add(p.add(jan24, "IRNGOV", "TURGOV", INTEND_TO_COOPERATE, 12));
                talks.add(p.add(jan24, "TURGOV", "IRNGOV", SIGN_AGREEMENT, 15));
            }

            List<Alert> alerts = new Analysis(p.store()).alerts(LocalDate.of(2024, 1, 1));

            assertThat(alerts).extracting(Alert::a, Alert::b, Alert::kind, Alert::from).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("IRN", "PAK", Alert.ESCALATION, LocalDate.of(2024, 1, 15)),
                    org.assertj.core.groups.Tuple.tuple("IRN", "TUR", Alert.DE_ESCALATION, LocalDate.of(2024, 1, 22)));
            Alert escalation = alerts.stream().filter(a -> a.kind().equals(Alert.ESCALATION)).findFirst().orElseThrow();
            assertThat(escalation.score()).isGreaterThan(4);
            assertThat(escalation.observed()).isGreaterThan(escalation.baseline());
            assertThat(escalation.eventIds()).containsAll(strikes);
            assertThat(escalation.eventIds().get(0)).isEqualTo(strikes.get(0)); // the most reported strike first
            Alert warming = alerts.stream().filter(a -> a.kind().equals(Alert.DE_ESCALATION)).findFirst().orElseThrow();
            assertThat(warming.eventIds()).containsAll(talks);
            assertThat(warming.to()).isEqualTo(LocalDate.of(2024, 1, 28));
        }
    }

    @Test
    void aPlantedEscalationInABusyConflictIsTheOnlyAlert() throws Exception {
        try (PlantedEvents p = new PlantedEvents(dir)) {
            background(p, 7);
            List<String> planted = new ArrayList<>();
            for (int d = 0; d < 5; d++) {
                planted.add(p.add(LocalDate.of(2023, 12, 4).plusDays(d), "RUSMIL", "UKR", AIRSTRIKE, 6));
                planted.add(p.add(LocalDate.of(2023, 12, 4).plusDays(d), "UKRMIL", "RUS", AIRSTRIKE, 6));
            }

            List<Alert> alerts = new Analysis(p.store()).alerts(LocalDate.of(2023, 11, 1));

            assertThat(alerts).hasSize(1);
            Alert a = alerts.get(0);
            assertThat(List.of(a.a(), a.b(), a.kind())).containsExactly("RUS", "UKR", Alert.ESCALATION);
            assertThat(a.from()).isEqualTo(LocalDate.of(2023, 12, 4));
            assertThat(a.baseline()).isGreaterThan(0);
            assertThat(a.eventIds()).containsAll(planted);
        }
    }

    @Test
    void backgroundAloneRaisesNoAlert() throws Exception {
        try (PlantedEvents p = new PlantedEvents(dir)) {
            background(p, 11);
            assertThat(new Analysis(p.store()).alerts(LocalDate.of(2023, 10, 1))).isEmpty();
        }
    }

    @Test
    void theSameVolumeIsAnEscalationForAQuietDyadOnly() throws Exception {
        try (PlantedEvents p = new PlantedEvents(dir)) {
            background(p, 3);
            LocalDate week = LocalDate.of(2024, 1, 8);
            for (int i = 0; i < 6; i++) {
                p.add(week.plusDays(i), "FRAGOV", "DEUGOV", THREATEN, 3);
                p.add(week.plusDays(i), "RUSMIL", "UKRMIL", THREATEN, 3);
            }
            List<Alert> alerts = new Analysis(p.store()).alerts(LocalDate.of(2024, 1, 1));
            assertThat(alerts).extracting(Alert::a, Alert::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("DEU", Alert.ESCALATION));
        }
    }
}
