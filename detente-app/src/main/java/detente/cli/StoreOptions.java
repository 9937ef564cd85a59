package detente.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data DIR} option of every store command. */
final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "detente-data",
            description = "Data directory of the store (default: ./${DEFAULT-VALUE}).")
    Path dataDir;
}
