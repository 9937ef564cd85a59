package detente.cli;

import detente.Detente;
import detente.output.DocumentJson;
import detente.ingest.IngestResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code detente annotate}: prints each whole annotated document as one JSON object per line. */
@Command(name = "annotate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Print each article with all its annotations as JSON Lines.")
final class AnnotateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestResult read = input.read(err);
        int failed = 0;
        if (!read.articles().isEmpty()) {
            CodingRun run = new CodingRun(options.pipeline(Detente.nlp()), options.threads, err,
                    input.showProgress(read.articles().size()));
            failed = run.run(read.articles(), d -> {
                out.println(DocumentJson.line(DocumentJson.document(d)));
                out.flush();
            });
        }
        return read.failures().isEmpty() && failed == 0 ? 0 : 1;
    }
}
