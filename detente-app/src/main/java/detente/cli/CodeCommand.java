package detente.cli;

import detente.doc.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code detente code}: prints the events of articles. */
@Command(name = "code",
        description = "Code articles into CAMEO/PLOVER events and print them.")
final class CodeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, tsv or table (default: ${DEFAULT-VALUE}).")
    EventPrinter.Format format;

    @Override
    public Integer call() {
        boolean several = input.inputs.size() > 1
                || input.inputs.stream().anyMatch(i -> Files.isDirectory(Path.of(i)));
        EventPrinter printer = new EventPrinter(spec.commandLine().getOut(), format, several);
        int exit = CodingRun.codeInputs(input, options, spec.commandLine().getErr(),
                (Document d) -> d.events().forEach(printer::print));
        printer.finish();
        return exit;
    }
}
