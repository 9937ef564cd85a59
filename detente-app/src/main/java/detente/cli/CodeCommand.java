package detente.cli;

import detente.Detente;
import detente.doc.Document;
import detente.ingest.IngestResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code detente code}: prints the events of articles. */
@Command(name = "code", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestResult read = input.read(err);
        EventPrinter printer = new EventPrinter(out, format);
        int failed = 0;
        if (!read.articles().isEmpty()) {
            CodingRun run = new CodingRun(options.pipeline(Detente.nlp()), options.threads, err,
                    input.showProgress(read.articles().size()));
            failed = run.run(read.articles(), (Document d) -> d.events().forEach(printer::print));
        }
        return read.failures().isEmpty() && failed == 0 ? 0 : 1;
    }
}
