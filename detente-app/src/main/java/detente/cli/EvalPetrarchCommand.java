package detente.cli;

import detente.Detente;
import detente.Dictionaries;
import detente.PetrarchDictionaries;
import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Event;
import detente.eval.Conformance;
import detente.eval.PetrarchDiscards;
import detente.eval.PetrarchRecords;
import detente.eval.PetrarchRecords.Coding;
import detente.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code detente eval petrarch}: conformance with a PETRARCH validation file. Each record's text is coded through
 * the normal pipeline (the supplied parse is ignored) with the record's date, and (source, target, code) is
 * compared with the expected codings.
 */
@Command(name = "petrarch",
        description = {"Code the sentences of a PETRARCH validation file (our own parse, not the supplied one) "
                + "with the record's date and compare (source, target, code) with the expected codings.",
                "Prints pass rates per category, precision and recall, and ends with 'N passed, N failed'."})
final class EvalPetrarchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RECORDS.xml", description = "The validation records.")
    Path records;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Load the actor, agent and verb files the records' <Environment> names from DIR "
                    + "(PETRARCH format) instead of the built-in dictionaries.")
    Path dictionaryDir;

    @Option(names = "--prefix", paramLabel = "PREFIX",
            description = "With --dictionaries: use PREFIXactors.txt, PREFIXagents.txt and PREFIXverbs.txt "
                    + "(e.g. PETR.Validate.) instead of the files the <Environment> names.")
    String prefix;

    @Option(names = "--quiet", description = "Print only the scores, not each failed record.")
    boolean quiet;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PetrarchRecords file = PetrarchRecords.read(records);
        Dictionaries dictionaries = dictionaries(file.environment(), err);
        PetrarchDiscards discards = discards(file.environment(), err);
        // Records after <Config option="require_dyad" value="false"> code events with no target too.
        List<PetrarchRecords.Record> records = file.records();
        Document[] coded = new Document[records.size()];
        int failed = 0;
        for (boolean requireDyad : new boolean[] {true, false}) {
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                PetrarchRecords.Record r = records.get(i);
                if ((r.requireDyad() && options.requireDyad) == requireDyad && r.testsText()) {
                    // The record's position is the article id: record ids are not always unique.
                    articles.add(Article.of(Integer.toString(i), r.date(), r.text()));
                }
            }
            if (articles.isEmpty()) {
                continue;
            }
            Pipeline pipeline = options.pipeline(Detente.nlp(), dictionaries, options.coder(dictionaries, requireDyad, PipelineOptions.Readings.patterns));
            failed += new CodingRun(pipeline, options.threads, err, false).run(articles,
                    (Document d) -> coded[Integer.parseInt(d.article().id())] = d);
        }
        Conformance score = new Conformance();
        int notApplicable = 0;
        for (int i = 0; i < records.size(); i++) {
            PetrarchRecords.Record record = records.get(i);
            if (!record.testsText()) {
                notApplicable++;
                continue;
            }
            boolean discarded = discards.find(record.text()) != null;
            Set<Coding> codings = discarded || coded[i] == null ? Set.of() : codings(coded[i]);
            Conformance.Outcome outcome = score.add(record, codings);
            if (!outcome.passed() && !quiet) {
                out.printf("FAIL %s [%s] %s%n  expected: %s%n  coded:    %s%n", record.id(), record.category(),
                        record.text(), record.expected(), outcome.coded());
            }
        }
        if (notApplicable > 0) {
            out.printf("%n%d records not scored: they test a malformed supplied <Parse>, which detente does not read%n",
                    notApplicable);
        }
        print(score, out);
        return failed == 0 ? 0 : 1;
    }

    private Dictionaries dictionaries(PetrarchRecords.Environment environment, PrintWriter err) {
        Dictionaries base = options.dictionaries(err);
        if (dictionaryDir == null) {
            return base;
        }
        if (!Files.isDirectory(dictionaryDir)) {
            throw new IllegalArgumentException("dictionaries " + dictionaryDir + ": not a directory");
        }
        List<Path> actors = new ArrayList<>();
        Path agents;
        Path verbs;
        if (prefix != null) {
            actors.add(dictionaryDir.resolve(prefix + "actors.txt"));
            agents = dictionaryDir.resolve(prefix + "agents.txt");
            verbs = dictionaryDir.resolve(prefix + "verbs.txt");
        } else {
            environment.actorFiles().forEach(f -> actors.add(dictionaryDir.resolve(f)));
            agents = environment.agentFile() == null ? null : dictionaryDir.resolve(environment.agentFile());
            verbs = environment.verbFile() == null ? null : dictionaryDir.resolve(environment.verbFile());
        }
        PetrarchDictionaries.Loaded loaded = PetrarchDictionaries.load(base, actors, agents, verbs, false);
        loaded.report().forEach(line -> err.println("detente: " + line));
        return loaded.dictionaries();
    }

    /** With --dictionaries, the discard file the environment names (or PREFIXdiscards.txt), when it exists. */
    private PetrarchDiscards discards(PetrarchRecords.Environment environment, PrintWriter err) {
        if (dictionaryDir == null) {
            return PetrarchDiscards.none();
        }
        String name = prefix != null ? prefix + "discards.txt" : environment.discardFile();
        if (name == null || !Files.isRegularFile(dictionaryDir.resolve(name))) {
            return PetrarchDiscards.none();
        }
        PetrarchDiscards discards = PetrarchDiscards.read(dictionaryDir.resolve(name));
        err.println("detente: discards " + dictionaryDir.resolve(name) + ": " + discards.size() + " phrases");
        return discards;
    }

    static Set<Coding> codings(Document document) {
        Set<Coding> out = new LinkedHashSet<>();
        for (Event e : document.events()) {
            out.add(new Coding(code(e.source() == null ? null : e.source().code()),
                    code(e.target() == null ? null : e.target().code()), e.cameo()));
        }
        return out;
    }

    private static String code(String code) {
        return code == null ? Coding.NONE : code;
    }

    static void print(Conformance score, PrintWriter out) {
        out.println();
        out.printf("%-12s %7s %7s %7s %9s %6s %6s %9s %7s%n", "category", "records", "passed", "pass%",
                "expected", "found", "coded", "precision", "recall");
        for (Map.Entry<String, Conformance.Tally> e : score.byCategory().entrySet()) {
            row(out, e.getKey(), e.getValue());
        }
        Conformance.Tally total = score.total();
        row(out, "all", total);
        out.println();
        out.printf(Locale.ROOT, "codings: %d expected, %d coded, %d found; precision %.3f, recall %.3f%n",
                total.expected(), total.coded(), total.found(), total.precision(), total.recall());
        out.printf(Locale.ROOT, "lenient (same root, same first three letters of source and target): %d of %d "
                + "expected codings found, recall %.3f%n", total.near(), total.expected(), total.nearRecall());
        out.printf("%d passed, %d failed%n", total.passed(), total.records() - total.passed());
        out.flush();
    }

    private static void row(PrintWriter out, String name, Conformance.Tally t) {
        out.printf(Locale.ROOT, "%-12s %7d %7d %6.1f%% %9d %6d %6d %9.3f %7.3f%n", name, t.records(), t.passed(),
                100 * t.passRate(), t.expected(), t.found(), t.coded(), t.precision(), t.recall());
    }
}
