package detente;

import detente.actor.ActorDictionary;
import detente.actor.PetrarchActorReader;
import detente.actor.PetrarchAgentReader;
import detente.event.PetrarchVerbReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Dictionaries with PETRARCH/TABARI files in place of (or, with {@code add}, on top of) the ones of {@code base}:
 * actor files replace the countries, organisations and people; an agent file the agents; a verb file the event
 * patterns. Kinds without a file keep {@code base}'s. Codes the verb file uses outside CAMEO are registered in
 * the ontology with derived entries.
 */
public final class PetrarchDictionaries {

    /** The dictionaries and one line per file saying what loaded and how much was skipped. */
    public record Loaded(Dictionaries dictionaries, List<String> report, List<String> skipped) {
    }

    private PetrarchDictionaries() {
    }

    public static Loaded load(Dictionaries base, List<Path> actorFiles, Path agentFile, Path verbFile, boolean add) {
        List<String> report = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Dictionaries result = base;
        ActorDictionary actors = null;
        if (!actorFiles.isEmpty()) {
            PetrarchActorReader.Result read = PetrarchActorReader.read(actorFiles);
            report.add(String.format("actors %s: %d of %d entries loaded, %d skipped", actorFiles, read.loaded(),
                    read.entries(), read.entries() - read.loaded()));
            skipped.addAll(read.skipped());
            actors = read.dictionary();
        }
        ActorDictionary agents = null;
        if (agentFile != null) {
            PetrarchAgentReader.Result read = PetrarchAgentReader.read(agentFile);
            report.add(String.format("agents %s: %d of %d entries loaded, %d skipped", agentFile, read.loaded(),
                    read.entries(), read.entries() - read.loaded()));
            skipped.addAll(read.skipped());
            agents = ActorDictionary.of(List.of(), List.of(), List.of(), read.agents());
        }
        if (actors != null || agents != null) {
            ActorDictionary old = base.actors();
            ActorDictionary merged;
            if (add) {
                merged = old;
            } else {
                merged = ActorDictionary.of(actors == null ? old.countries() : List.of(),
                        actors == null ? old.organisations() : List.of(), actors == null ? old.people() : List.of(),
                        agents == null ? old.agents() : List.of());
            }
            if (actors != null) {
                merged = merged.plus(actors);
            }
            if (agents != null) {
                merged = merged.plus(agents);
            }
            result = result.withActors(merged);
        }
        if (verbFile != null) {
            PetrarchVerbReader.Result read = PetrarchVerbReader.read(verbFile);
            report.add(String.format("verbs %s: %d verbs, %d of %d patterns translated, %d skipped, %d event codes",
                    verbFile, read.verbs(), read.translated(), read.lines(), read.lines() - read.translated(),
                    read.codes().size()));
            skipped.addAll(read.skipped());
            result = new Dictionaries(result.actors(), result.ontology().withCodes(read.codes()),
                    add ? result.events().plus(read.dictionary()) : read.dictionary(), result.facts());
        }
        return new Loaded(result, List.copyOf(report), List.copyOf(skipped));
    }
}
