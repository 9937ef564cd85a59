package detente.cli;

import detente.Detente;
import detente.Dictionaries;
import detente.actor.ActorResolver;
import detente.doc.Article;
import detente.doc.Document;
import detente.event.EventCoder;
import detente.fact.FactStage;
import detente.nlp.corenlp.CoreNlpStage;
import detente.ingest.IngestResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code detente bench}: throughput of {@code code} on a corpus, stage by stage, measured side by side in one
 * process. Model loading is reported separately; each figure is the median of several timed passes after a
 * warm-up pass.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Measure coding throughput (documents/s, sentences/s) per stage on a corpus.",
        subcommands = {BenchIngestCommand.class, BenchAnalysisCommand.class, BenchApiCommand.class,
                BenchWatchCommand.class})
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..*", defaultValue = "examples/news",
            description = "Corpus files or directories (default: ${DEFAULT-VALUE}).")
    List<String> inputs;

    @Option(names = "--runs", defaultValue = "5", description = "Timed passes per stage (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        IngestResult read = InputOptions.readDefaults(spec.commandLine().getErr(), inputs);
        List<Article> articles = read.articles();
        if (articles.isEmpty()) {
            spec.commandLine().getErr().println("detente: bench: no articles in " + inputs);
            return 2;
        }
        long t0 = System.nanoTime();
        CoreNlpStage nlp = CoreNlpStage.load();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        Dictionaries dictionaries = options.dictionaries();
        double dictSeconds = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        dictionaries.facts().gazetteer(); // read once; the actors and facts stages both look places up in it
        double gazetteerSeconds = (System.nanoTime() - t2) / 1e9;
        ActorResolver actors = Detente.actors(dictionaries);
        EventCoder coder = options.coder(dictionaries);
        FactStage facts = new FactStage(dictionaries.facts());

        List<Document> parsed = map(articles, a -> nlp.apply(Document.of(a)));
        List<Document> resolved = map(parsed, actors::apply);
        int sentences = parsed.stream().mapToInt(d -> d.sentences().size()).sum();
        List<Document> coded = map(resolved, coder::apply);
        int events = coded.stream().mapToInt(d -> d.events().size()).sum();

        double nlpTime = median(() -> map(articles, a -> nlp.apply(Document.of(a))));
        double actorTime = median(() -> map(parsed, actors::apply));
        double codingTime = median(() -> map(resolved, coder::apply));
        double factsTime = median(() -> map(coded, facts::apply));
        double total = nlpTime + actorTime + codingTime + factsTime;

        out.printf(Locale.ROOT, "corpus: %d documents, %d sentences, %d events; median of %d passes, one thread%n",
                articles.size(), sentences, events, runs);
        out.printf(Locale.ROOT, "model loading: %.2f s   dictionaries: %.2f s   gazetteer: %.2f s%n", loadSeconds,
                dictSeconds, gazetteerSeconds);
        out.printf(Locale.ROOT, "%-10s %10s %12s %14s %8s%n", "stage", "seconds", "documents/s", "sentences/s", "share");
        row(out, "nlp", nlpTime, articles.size(), sentences, total);
        row(out, "actors", actorTime, articles.size(), sentences, total);
        row(out, "events", codingTime, articles.size(), sentences, total);
        row(out, "facts", factsTime, articles.size(), sentences, total);
        row(out, "code", total, articles.size(), sentences, total);
        out.printf(Locale.ROOT, "actors + events add %.1f%% to the NLP time; facts add %.1f%%%n",
                100 * (actorTime + codingTime) / nlpTime, 100 * factsTime / nlpTime);
        return 0;
    }

    private static void row(PrintWriter out, String stage, double seconds, int docs, int sentences, double total) {
        out.printf(Locale.ROOT, "%-10s %10.3f %12.1f %14.1f %7.1f%%%n", stage, seconds, docs / seconds,
                sentences / seconds, 100 * seconds / total);
    }

    private double median(Runnable pass) {
        pass.run();
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            pass.run();
            times[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(times);
        return runs % 2 == 1 ? times[runs / 2] : (times[runs / 2 - 1] + times[runs / 2]) / 2;
    }

    private static <A, B> List<B> map(List<A> in, Function<A, B> f) {
        List<B> out = new ArrayList<>(in.size());
        for (A a : in) {
            out.add(f.apply(a));
        }
        return out;
    }
}
