package detente.cli;

import detente.Detente;
import detente.doc.Article;
import detente.doc.Document;
import detente.eval.ClassEvaluation;
import detente.eval.GoldEvaluation;
import detente.eval.MentionEvaluation;
import detente.eval.PairEvaluation;
import detente.eval.PlaceEvaluation;
import detente.eval.GoldArticles;
import detente.ingest.ContentExtractor;
import detente.ingest.ExtractionEvaluation;
import detente.ingest.ExtractionReport;
import detente.pipeline.Pipeline;
import detente.train.LabelledSentence;
import detente.train.TrainingFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;

/** {@code detente eval}: measure accuracy against gold data. */
@Command(name = "eval",
        description = "Measure accuracy against gold data.",
        subcommands = {EvalCommand.Extraction.class, EvalCommand.Mentions.class, EvalCommand.Gold.class,
                EvalPetrarchCommand.class, EvalCommand.Classes.class, EvalCommand.Pairs.class,
                EvalFilterCommand.class, EvalCommand.Places.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "extraction",
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

    @Command(name = "mentions",
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

    @Command(name = "gold",
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

    @Command(name = "places",
            description = "Score event places and dates against a gold file of one row per report "
                    + "(examples/gold/places.tsv: file, place, country, date, level).")
    static final class Places implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "Gold file, tab-separated (e.g. examples/gold/places.tsv).")
        Path gold;

        @Option(names = "--corpus", defaultValue = "examples/news", description = "Articles directory (default: ${DEFAULT-VALUE}).")
        Path corpus;

        @Option(names = "--quiet", description = "Only the totals.")
        boolean quiet;

        @Mixin
        PipelineOptions options = new PipelineOptions();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(gold)) {
                err.println("detente: " + gold + ": no such file");
                return 2;
            }
            List<PlaceEvaluation.GoldPlace> rows;
            try {
                rows = PlaceEvaluation.readGold(gold);
            } catch (IllegalArgumentException e) {
                err.println("detente: " + e.getMessage());
                return 2;
            }
            for (PlaceEvaluation.GoldPlace g : rows) {
                if (!Files.isRegularFile(corpus.resolve(g.file()))) {
                    err.println("detente: " + gold + ": " + g.file() + " is not in " + corpus);
                    return 2;
                }
            }
            Pipeline pipeline = options.pipeline(Detente.nlp());
            PlaceEvaluation.Score s = PlaceEvaluation.score(rows,
                    file -> pipeline.process(GoldArticles.read(corpus, file)));
            if (!quiet) {
                for (PlaceEvaluation.Item i : s.items()) {
                    var best = i.best();
                    String got = best == null ? "(no event)" : best.location() == null
                            ? "(no place) " + best.date() + " " + best.datePrecision()
                            : best.location().name() + " " + best.location().country() + " "
                            + best.location().level() + "/" + best.location().precision() + " " + best.date() + " "
                            + best.datePrecision();
                    out.printf("%s %-70s expected %s %s %s; got %s%n", i.passed() ? "ok  " : "FAIL",
                            i.gold().file(), String.join("|", i.gold().places()), i.gold().country(),
                            i.gold().date(), got);
                }
            }
            int n = s.withEvents();
            out.printf(Locale.ROOT, "places: %d reports, %d with a coded event; country right %d/%d (%.1f%%),"
                            + " exact place %d/%d (%.1f%%), place and date %d/%d (%.1f%%); events placed %d/%d (%.1f%%)%n",
                    s.items().size(), n, s.countryRight(), n, percent(s.countryRight(), n), s.placeRight(), n,
                    percent(s.placeRight(), n), s.dateRight(), n, percent(s.dateRight(), n), s.placedEvents(),
                    s.events(), percent(s.placedEvents(), s.events()));
            out.printf("%d passed, %d failed%n", s.passed(), s.items().size() - s.passed());
            return 0;
        }

        private static double percent(int part, int whole) {
            return whole == 0 ? 0 : 100.0 * part / whole;
        }
    }

    /** An eval over a file of labelled sentences: each is coded as a document of its own, then scored. */
    abstract static class LabelledSentences implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--verbose", description = "One line per sentence or pair.")
        boolean verbose;

        @Mixin
        PipelineOptions options = new PipelineOptions();

        abstract List<LabelledSentence> read(Path file) throws IOException;

        abstract void report(Map<LabelledSentence, Document> coded, PrintWriter out);

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println("detente: " + file + ": no such file");
                return 2;
            }
            List<LabelledSentence> sentences = read(file);
            report(codeEach(sentences, options.pipeline(Detente.nlp()), options.threads), spec.commandLine().getOut());
            return 0;
        }
    }

    @Command(name = "classes",
            description = "Score the coder on five-class sentences (sentence<TAB>class, 0 statement, 1 verbal"
                    + " cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict): accuracy,"
                    + " per-class precision/recall/F1 and a confusion table. A sentence's class is its most confident"
                    + " event's; no event counts as wrong.")
    static final class Classes extends LabelledSentences {
        @Override
        List<LabelledSentence> read(Path file) throws IOException {
            return TrainingFiles.classes(file);
        }

        @Override
        void report(Map<LabelledSentence, Document> coded, PrintWriter out) {
            List<ClassEvaluation.Item> items = coded.entrySet().stream()
                    .map(e -> ClassEvaluation.item(e.getKey().origin(), e.getKey().text(), e.getKey().penta(),
                            e.getValue().events(), e.getValue().mentions())).toList();
            ClassEvaluation.print(new ClassEvaluation.Score(items), out, verbose);
        }
    }

    @Command(name = "pairs",
            description = "Score the coder on marked source/target pairs (a tab-separated table with a header naming"
                    + " marked_sentence, <s>source</s> and <t>target</t> marked, and gold_root, the PLOVER type):"
                    + " the type of the event coded between the marked spans; no such event counts as wrong.")
    static final class Pairs extends LabelledSentences {
        @Override
        List<LabelledSentence> read(Path file) throws IOException {
            return TrainingFiles.pairs(file);
        }

        @Override
        void report(Map<LabelledSentence, Document> coded, PrintWriter out) {
            List<PairEvaluation.Item> items = coded.entrySet().stream()
                    .map(e -> PairEvaluation.item(e.getKey().origin(), e.getKey().text(), e.getKey().pairs().get(0),
                            e.getValue().events())).toList();
            PairEvaluation.print(new PairEvaluation.Score(items), out, verbose);
        }
    }

    /** Each sentence coded as a document of its own, in parallel; the results in the sentences' order. */
    static Map<LabelledSentence, Document> codeEach(List<LabelledSentence> sentences, Pipeline pipeline,
                                                    int threads) {
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            List<Document> events = pool.submit(() -> sentences.parallelStream()
                    .map(s -> pipeline.process(Article.of(s.origin(), null, s.text()))).toList()).join();
            Map<LabelledSentence, Document> out = new LinkedHashMap<>();
            for (int i = 0; i < sentences.size(); i++) {
                out.put(sentences.get(i), events.get(i));
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }
}
