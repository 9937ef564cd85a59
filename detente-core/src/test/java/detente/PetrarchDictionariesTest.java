package detente;

import detente.actor.PetrarchActorReader;
import detente.actor.PetrarchAgentReader;
import detente.actor.Term;
import detente.event.PetrarchVerbReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads the Phoenix dictionaries of the shared PETRARCH data, when {@code shared/} is found above this directory. */
class PetrarchDictionariesTest {

    /** {@code shared/data/petrarch/dictionaries} in the working directory or one above it, or null. */
    static Path sharedDictionaries() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/petrarch/dictionaries");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void loadsThePhoenixDictionaries() {
        Path dir = sharedDictionaries();
        Assumptions.assumeTrue(dir != null,
                "shared/data/petrarch/dictionaries not found above " + Path.of("").toAbsolutePath() + ": skipped");
        List<Path> actorFiles = List.of(dir.resolve("Phoenix.Countries.actors.txt"),
                dir.resolve("Phoenix.International.actors.txt"), dir.resolve("Phoenix.MilNonState.actors.txt"));
        PetrarchActorReader.Result actors = PetrarchActorReader.read(actorFiles);
        PetrarchAgentReader.Result agents = PetrarchAgentReader.read(dir.resolve("Phoenix.agents.txt"));
        PetrarchVerbReader.Result verbs = PetrarchVerbReader.read(dir.resolve("CAMEO.2.0.txt"));
        System.out.printf("Phoenix actors: %d of %d entries loaded, %d skipped%n", actors.loaded(), actors.entries(),
                actors.entries() - actors.loaded());
        System.out.printf("Phoenix agents: %d of %d entries loaded, %d skipped (%d agent codes)%n", agents.loaded(),
                agents.entries(), agents.entries() - agents.loaded(), agents.agents().size());
        System.out.printf("CAMEO.2.0 verbs: %d verbs, %d of %d patterns translated, %d skipped, %d codes%n",
                verbs.verbs(), verbs.translated(), verbs.lines(), verbs.lines() - verbs.translated(),
                verbs.codes().size());

        assertThat(actors.loaded()).isGreaterThan(actors.entries() * 9 / 10);
        assertThat(agents.loaded()).isGreaterThan(agents.entries() * 9 / 10);
        assertThat(verbs.translated()).isGreaterThan(verbs.lines() / 2);
        Term obama = actors.dictionary().find("Barack Obama").get(0);
        assertThat(obama.person().roleOn(LocalDate.of(2010, 1, 1)).orElseThrow().code()).isEqualTo("USAGOV");
        assertThat(actors.dictionary().find("Afghanistan")).extracting(t -> t.country().code()).contains("AFG");

        Dictionaries loaded = PetrarchDictionaries.load(Dictionaries.builtIn(), actorFiles,
                dir.resolve("Phoenix.agents.txt"), dir.resolve("CAMEO.2.0.txt"), false).dictionaries();
        assertThat(loaded.events().patterns()).hasSize(verbs.dictionary().patterns().size());
        assertThat(verbs.codes()).allMatch(loaded.ontology()::contains);
    }
}
