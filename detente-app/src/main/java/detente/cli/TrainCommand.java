package detente.cli;

import detente.Detente;
import detente.Dictionaries;
import detente.dict.DictionarySource;
import detente.eval.ClassEvaluation;
import detente.eval.PairEvaluation;
import detente.event.reading.ReadingModel;
import detente.train.LabelledSentence;
import detente.train.ReadingTrainer;
import detente.train.ReadingTraining;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code detente train}: fit the learned reading on labelled sentences and reviewers' verdicts. */
@Command(name = "train",
        description = {"Train the learned reading from labelled sentences (five-class, source/target tags, PLOVER"
                + " pairs) and reviewers' verdicts, report k-fold cross-validation of the combined coder, and write"
                + " the model.",
                "The built-in model is made with: detente train --training ../shared/data/training"
                        + " --out detente-core/src/main/resources/detente/model/reading.tsv"})
final class TrainCommand implements Callable<Integer> {

    /** Tribuo reports every training run at INFO; the command says what matters itself. Held: loggers are weak. */
    private static final java.util.logging.Logger TRIBUO_LOG = java.util.logging.Logger.getLogger("org.tribuo");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--training", paramLabel = "DIR", defaultValue = "../shared/data/training",
            description = "Training directory laid out as " + ReadingTraining.CLASSES_FILE + ", "
                    + ReadingTraining.TAGGED_FILE + ", " + ReadingTraining.PAIRS_FILE + " (default: ${DEFAULT-VALUE}).")
    Path training;

    @Option(names = "--verdicts", paramLabel = "FILE",
            description = "Reviewers' verdicts from 'detente export gold' (repeatable).")
    List<Path> verdicts = new ArrayList<>();

    @Option(names = "--no-events", paramLabel = "FILE", defaultValue = "examples/training/no-events.txt",
            description = "Sentences that report no event, one a line: negative examples (default: ${DEFAULT-VALUE};"
                    + " skipped when absent).")
    Path noEvents;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "reading.tsv",
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
            description = "Cross-validation folds; 0 skips cross-validation (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--precision", paramLabel = "P", defaultValue = "0.85",
            description = "The class precision the reading's threshold is chosen for (default: ${DEFAULT-VALUE}).")
    double precision;

    @Option(names = "--threshold", paramLabel = "T",
            description = "Use this threshold instead of choosing one by cross-validation.")
    Double threshold;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "8", description = "Passes of AdaGrad (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "12345", description = "Seed of the example order and folds (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep parses here between runs (default: detente-train-cache in the temp directory).")
    Path cache;

    @Option(names = "--dict", paramLabel = "DIR", description = "Dictionary directory (as for coding).")
    Path dictionaryDir;

    @Option(names = "--verbose", description = "List every cross-validated sentence and pair.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING);
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (folds == 1 || folds < 0) {
            err.println("detente: --folds " + folds + ": use 0 (no cross-validation) or 2 or more");
            return 2;
        }
        if (training != null && !Files.isDirectory(training) && verdicts.isEmpty()) {
            err.println("detente: --training " + training + ": no such directory (and no --verdicts)");
            return 2;
        }
        for (Path v : verdicts) {
            if (!Files.isRegularFile(v)) {
                err.println("detente: --verdicts " + v + ": no such file");
                return 2;
            }
        }
        DictionarySource source = dictionaryDir == null ? DictionarySource.builtIn()
                : DictionarySource.overriddenBy(dictionaryDir);
        Dictionaries dictionaries = Dictionaries.load(source);
        Path cacheDir = cache != null ? cache : Path.of(System.getProperty("java.io.tmpdir"), "detente-train-cache");
        ReadingTraining training = new ReadingTraining(dictionaries, source, Detente::nlp,
                Detente.actors(dictionaries), cacheDir,
                new ReadingTrainer.Settings(epochs, 0.2, seed, 2), line -> err.println("detente: " + line));
        List<LabelledSentence> sentences = training.read(Files.isDirectory(this.training) ? this.training : null,
                verdicts, noEvents);
        if (sentences.isEmpty()) {
            err.println("detente: no training sentences found");
            return 2;
        }
        List<ReadingTrainer.Prepared> prepared = training.prepare(sentences);
        double chosen = threshold == null ? 0.5 : threshold;
        if (folds >= 2) {
            ReadingTraining.CrossValidation cv = training.crossValidate(prepared, folds, seed);
            if (threshold == null) {
                chosen = cv.threshold(precision);
            }
            o.printf(Locale.ROOT, "== %d-fold cross-validation of the combined coder (patterns, then the reading at"
                    + " threshold %.2f) ==%n", folds, chosen);
            ClassEvaluation.print(cv.classes().above(chosen), o, verbose);
            PairEvaluation.print(cv.pairs().above(chosen), o, verbose);
            o.printf(Locale.ROOT, "sentences that report no event: %d, the reading codes %d of them%n",
                    cv.quiet().size(), cv.falseEvents(chosen));
            o.println("  threshold  coded  class right  accuracy  pairs right  no-event sentences coded");
            for (double t = 0; t < 0.95; t += 0.1) {
                ClassEvaluation.Score c = cv.classes().above(t);
                o.printf(Locale.ROOT, "  %9.2f %5.1f%% %11.1f%% %9.3f %12.3f %25d%n", t, 100 * c.coverage(),
                        100 * c.precision(), c.accuracy(), cv.pairs().above(t).accuracy(), cv.falseEvents(t));
            }
        }
        ReadingModel model = training.fit(prepared, chosen);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(w);
        }
        o.printf(Locale.ROOT, "model %s (threshold %.2f; %d role, %d type, %d class features) written to %s%n",
                model.version(), chosen, model.role().weights().size(), model.type().weights().size(),
                model.classes().weights().size(), out);
        return 0;
    }
}
