package detente.cli;

import detente.Detente;
import detente.Dictionaries;
import detente.doc.Article;
import detente.doc.Document;
import detente.output.Explanation;
import detente.pipeline.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code detente explain}: shows how a sentence is read and why each event was or was not coded. */
@Command(name = "explain",
        description = "Show tokens, dependencies, actor mentions, the rules tried and why each event was or was not coded.")
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TEXT", description = "The sentence (or short text) to explain.")
    String text;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date (default: today).")
    LocalDate date;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Dictionaries dictionaries = options.dictionaries();
        Stage nlp = options.parse == PipelineOptions.Parse.all ? Detente.nlp()
                : Detente.nlp().selecting(Detente.candidates(dictionaries));
        Document document = nlp.apply(Document.of(
                Article.of("explain", date == null ? LocalDate.now() : date, text)));
        document = Detente.actors(dictionaries).apply(document);
        Explanation.print(document, options.coder(dictionaries), out);
        return 0;
    }
}
