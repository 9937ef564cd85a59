package detente.cli;

import detente.analysis.ActorLevel;
import picocli.CommandLine.Option;

/** {@code --level}: how actors are grouped; each command gives its default as the initial value. */
final class LevelOption {

    @Option(names = "--level", paramLabel = "LEVEL", description = "country, group or code (default: ${DEFAULT-VALUE}).")
    ActorLevel level;

    LevelOption(ActorLevel level) {
        this.level = level;
    }
}
