package detente.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.List;

/** The inputs of a coding command and the date override. */
final class InputOptions {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for all inputs (overrides dates found in the inputs).")
    LocalDate date;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr (default: when stderr is a terminal and there are several inputs).")
    Boolean progress;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files, directories (recursive), or - for standard input.")
    List<String> inputs;

    boolean showProgress(int articles) {
        return progress != null ? progress : articles > 1 && System.console() != null;
    }
}
