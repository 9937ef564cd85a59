package detente.analysis;

import detente.event.CameoOntology;
import detente.store.GdeltImport;
import detente.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Analysis on imported GDELT events: the shared 15-minute export file, when it is there. */
class GdeltAnalysisIT {

    private static final String SHARED_FILE = "shared/data/gdelt/20191024143000.export.CSV";

    @TempDir
    Path dir;

    @Test
    void worksOnImportedGdeltEvents() throws Exception {
        Path file = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null && file == null; p = p.getParent()) {
            file = Files.isRegularFile(p.resolve(SHARED_FILE)) ? p.resolve(SHARED_FILE) : null;
        }
        Assumptions.assumeTrue(file != null, "skipped: no " + SHARED_FILE + " in the working directory or above");
        try (Store store = Store.open(dir)) {
            new GdeltImport(store, CameoOntology.builtIn()).importFile(file);
            Analysis analysis = new Analysis(store);
            LocalDate day = LocalDate.of(2019, 10, 24);

            DyadTimeline usaTur = analysis.dyad(new DyadQuery("USA", "TUR", day, day, ActorLevel.COUNTRY, false,
                    Period.DAY));
            assertThat(usaTur.events()).isEqualTo(3);
            assertThat(usaTur.points().get(0).eventIds()).allMatch(id -> id.startsWith("gdelt-"));
            assertThat(analysis.topDyads(day, day, 5)).hasSize(5);
            ActorNetwork n = analysis.network(day.minusDays(7), day);
            assertThat(n.edges()).hasSizeGreaterThan(100);
            assertThat(n.triads()).isPositive();
            // GDELT's bare roles ("GOV": some government) are no actors of a network.
            assertThat(n.nodes()).extracting(ActorNetwork.Node::id).doesNotContain("GOV", "COP", "BUS", "CVL", "---GOV");
            assertThat(analysis.actor("TUR", day.minusDays(7), day).partners()).isNotEmpty();
            assertThat(analysis.alerts(null)).allMatch(a -> a.eventIds().size() > 0 && a.score() >= 2.5);
        }
    }
}
