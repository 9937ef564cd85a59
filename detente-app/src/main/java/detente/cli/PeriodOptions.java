package detente.cli;

import picocli.CommandLine.Option;

import java.time.LocalDate;

/** {@code --from} and {@code --to}: the days a command looks at, both inclusive. */
final class PeriodOptions {

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: the first stored event).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: the last stored event).")
    LocalDate to;
}
