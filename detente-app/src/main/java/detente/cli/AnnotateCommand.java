package detente.cli;

import detente.output.DocumentJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code detente annotate}: prints each whole annotated document as one JSON object per line. */
@Command(name = "annotate",
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
        return CodingRun.codeInputs(input, options, spec.commandLine().getErr(), d -> {
            out.println(DocumentJson.line(DocumentJson.document(d)));
            out.flush();
        });
    }
}
