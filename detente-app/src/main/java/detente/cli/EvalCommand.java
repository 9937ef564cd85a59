package detente.cli;

import detente.Detente;
import detente.eval.GoldEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code detente eval}: scores against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Score the coder against gold data.", subcommands = {EvalCommand.Gold.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "gold", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Score against reviewers' verdicts exported with 'detente export gold'.")
    static final class Gold implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "Gold set, JSON Lines (detente export gold).")
        Path file;

        @Option(names = "--quiet", description = "Only the totals.")
        boolean quiet;

        @Mixin
        PipelineOptions options = new PipelineOptions();

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println("detente: " + file + ": no such file");
                return 2;
            }
            GoldEvaluation.Score s = GoldEvaluation.score(file, options.pipeline(Detente.nlp()));
            if (!quiet) {
                for (GoldEvaluation.Item i : s.items()) {
                    out.printf("%s %-8s %-30s expected %-26s got %s%n", i.agrees() ? "ok  " : "MISS", i.event(),
                            i.verdict(), i.expected(), i.got().isEmpty() ? "(nothing)" : i.got());
                }
            }
            out.printf(Locale.ROOT, "gold events: %d; the coder agrees with %d (%.1f%%): correct %d/%d, fix %d/%d,"
                            + " wrong %d/%d%n", s.total(), s.agreeing(), 100 * s.accuracy(), s.agreeing("correct"),
                    s.total("correct"), s.agreeing("fix"), s.total("fix"), s.agreeing("wrong"), s.total("wrong"));
            return 0;
        }
    }
}
