package detente.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static detente.analysis.PlantedEvents.Code.AIRSTRIKE;
import static detente.analysis.PlantedEvents.Code.COMPLAIN;
import static detente.analysis.PlantedEvents.Code.CONSULT;
import static detente.analysis.PlantedEvents.Code.SIGN_AGREEMENT;
import static org.assertj.core.api.Assertions.assertThat;

class ActorProfilesIT {

    static final LocalDate MON = LocalDate.of(2024, 1, 15);

    @TempDir
    Path dir;

    @Test
    void partnersAdversariesMixAndTrend() throws Exception {
        try (PlantedEvents p = new PlantedEvents(dir)) {
            p.add(MON, "IRNGOV", "TURGOV", SIGN_AGREEMENT);
            p.add(MON, "TURGOV", "IRNGOV", CONSULT);
            p.add(MON.plusDays(1), "IRNGOV", "CHNGOV", CONSULT);
            p.add(MON.plusDays(8), "IRNMIL", "PAK", AIRSTRIKE);
            p.add(MON.plusDays(8), "PAKGOV", "IRNGOV", COMPLAIN);
            p.add(MON.plusDays(9), "ISRGOV", "IRNGOV", COMPLAIN);
            p.add(MON.plusDays(9), "USAGOV", "GBRGOV", CONSULT);

            ActorProfile a = new Analysis(p.store()).actor("IRN", MON, MON.plusDays(13));

            assertThat(a.partners()).extracting(ActorProfile.Counterpart::actor).containsExactly("TUR", "CHN");
            assertThat(a.adversaries()).extracting(ActorProfile.Counterpart::actor).containsExactly("PAK", "ISR");
            assertThat(a.adversaries().get(0).events()).isEqualTo(2);
            assertThat(a.eventMix()).containsExactly(java.util.Map.entry("04", 2), java.util.Map.entry("05", 1),
                    java.util.Map.entry("11", 2), java.util.Map.entry("19", 1));
            assertThat(a.trend()).hasSize(2);
            assertThat(a.trend().get(0).events()).isEqualTo(3);
            assertThat(a.trend().get(1).events()).isEqualTo(3);
            assertThat(a.trend().get(1).tension()).isGreaterThan(a.trend().get(0).tension());
        }
    }
}
