package detente.cli;

import detente.Detente;
import detente.eval.MentionEvaluation;
import detente.ingest.ContentExtractor;
import detente.ingest.ExtractionEvaluation;
import detente.ingest.ExtractionReport;
import detente.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code detente eval}: measure accuracy against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Measure accuracy against gold data.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Mentions.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Score article-body extraction against human ground truth "
                    + "(article-extraction-benchmark layout: ground-truth.json and html/<id>.html.gz).")
    static final class Extraction implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DIR")
        Path dir;

        @Override
        public Integer call() throws IOException {
            ContentExtractor extractor = new ContentExtractor();
            ExtractionReport report = new ExtractionEvaluation().evaluate(dir, extractor::extract);
            spec.commandLine().getOut().println("extraction on " + dir + ": " + report.summary());
            return 0;
        }
    }

    @Command(name = "mentions", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Score actor mentions against hand-checked gold (examples/gold/mentions.tsv).")
    static final class Mentions implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--gold", defaultValue = "examples/gold/mentions.tsv", description = "Gold file (default: ${DEFAULT-VALUE}).")
        Path gold;

        @Option(names = "--corpus", defaultValue = "examples/news", description = "Articles directory (default: ${DEFAULT-VALUE}).")
        Path corpus;

        @Option(names = "--verbose", description = "List every miss and every spurious mention.")
        boolean verbose;

        @Mixin
        PipelineOptions options = new PipelineOptions();

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Map<String, List<MentionEvaluation.GoldMention>> goldMentions = MentionEvaluation.readGold(gold, corpus);
            Pipeline pipeline = options.pipeline(Detente.nlp());
            MentionEvaluation.Score score = MentionEvaluation.score(goldMentions,
                    file -> pipeline.process(MentionEvaluation.rawArticle(corpus, file)));
            out.printf(Locale.ROOT, "mentions: %d gold, %d system, %d found; precision %.3f, recall %.3f, F1 %.3f"
                            + " (%d gold spans found with another code)%n", score.gold(), score.system(), score.found(),
                    score.precision(), score.recall(), score.f1(), score.wrongCode());
            if (verbose) {
                score.misses().forEach(m -> out.println("  missed   " + m));
                score.spurious().forEach(m -> out.println("  spurious " + m));
            }
            return 0;
        }
    }
}
