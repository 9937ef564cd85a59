package detente.cli;

import picocli.CommandLine.Option;

/** {@code --format table|json} of the analysis commands. */
final class AnalysisFormatOption {

    @Option(names = "--format", paramLabel = "table|json", description = "table or json (default: ${DEFAULT-VALUE}).")
    AnalysisFormat format = AnalysisFormat.table;
}
