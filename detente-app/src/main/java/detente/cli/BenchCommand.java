package detente.cli;

import detente.Detente;
import detente.Dictionaries;
import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Sentence;
import detente.event.EventCoder;
import detente.ingest.IngestResult;
import detente.nlp.corenlp.CoreNlpStage;
import detente.pipeline.OrderedRunner;
import detente.pipeline.Pipeline;
import detente.pipeline.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.concurrent.Callable;

/**
 * {@code detente bench}: throughput of {@code code} on a corpus, measured side by side in one process: the pipeline
 * that parses only candidate sentences against the one that parses every sentence, stage by stage (each stage of
 * {@link Pipeline#stages()} timed on the previous stage's output), then whole documents on 1 and 2 threads. Model
 * loading is reported separately; each figure is the median of several timed passes after a warm-up pass.
 */
@Command(name = "bench",
        description = "Measure coding throughput (documents/s, sentences/s) per stage and per thread count on a"
                + " corpus, with and without the candidate filter; candidates kept and skipped; peak RSS.",
        subcommands = {BenchIngestCommand.class, BenchAnalysisCommand.class, BenchApiCommand.class,
                BenchWatchCommand.class})
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..*", defaultValue = "examples/news",
            description = "Corpus files or directories (default: ${DEFAULT-VALUE}).")
    List<String> inputs;

    @Option(names = "--reuters", paramLabel = "DIR",
            description = "Bench on Reuters-21578 stories (reut2-*.sgm in DIR) instead of the corpus.")
    Path reuters;

    @Option(names = "--stories", paramLabel = "N", defaultValue = "100",
            description = "Reuters stories to read (default: ${DEFAULT-VALUE}).")
    int stories;

    @Option(names = "--runs", defaultValue = "5", description = "Timed passes per figure (default: ${DEFAULT-VALUE}).")
    int runs;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (runs < 1) { // before anything loads: models take seconds
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1, not " + runs);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Article> articles;
        if (reuters != null) {
            articles = ReutersSgml.read(reuters, stories);
        } else {
            IngestResult read = InputOptions.readDefaults(spec.commandLine().getErr(), inputs);
            articles = read.articles();
        }
        if (articles.isEmpty()) {
            spec.commandLine().getErr().println("detente: bench: no articles in "
                    + (reuters != null ? reuters : inputs));
            return 2;
        }
        long t0 = System.nanoTime();
        CoreNlpStage nlp = CoreNlpStage.load();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        Dictionaries dictionaries = options.dictionaries();
        double dictSeconds = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        dictionaries.facts().gazetteer(); // read once; the filter, actors and facts stages look places up in it
        double gazetteerSeconds = (System.nanoTime() - t2) / 1e9;
        EventCoder coder = options.coder(dictionaries);
        Pipeline all = Detente.pipelineParsingAll(nlp, dictionaries, coder);
        Pipeline candidates = Detente.pipeline(nlp, dictionaries, coder);

        out.printf(Locale.ROOT, "model loading: %.2f s (tagger, NER and parser in parallel)   dictionaries: %.2f s"
                + "   gazetteer: %.2f s%n", loadSeconds, dictSeconds, gazetteerSeconds);
        Pass before = stages(out, "every sentence parsed", all, articles);
        Pass after = stages(out, "candidate sentences parsed", candidates, articles);
        if (after.events != before.events) {
            out.printf(Locale.ROOT, "note: %d events with the filter, %d without (see 'eval filter')%n", after.events,
                    before.events);
        }
        out.printf(Locale.ROOT, "%-28s %14s %14s %8s%n", "whole documents", "1 thread", "2 threads", "scaling");
        double[] allRates = threads(all, articles, before.sentences);
        double[] candidateRates = threads(candidates, articles, before.sentences);
        out.printf(Locale.ROOT, "%-28s %10.1f s/s %10.1f s/s %7.2fx%n", "every sentence parsed", allRates[0],
                allRates[1], allRates[1] / allRates[0]);
        out.printf(Locale.ROOT, "%-28s %10.1f s/s %10.1f s/s %7.2fx%n", "candidate sentences parsed",
                candidateRates[0], candidateRates[1], candidateRates[1] / candidateRates[0]);
        out.printf(Locale.ROOT, "filter speed-up: %.2fx on 1 thread, %.2fx on 2 (s/s: sentences per second)%n",
                candidateRates[0] / allRates[0], candidateRates[1] / allRates[1]);
        out.printf(Locale.ROOT, "peak RSS: %s   heap max: %d MB%n", peakRss(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return 0;
    }

    /** What one timed pipeline coded. */
    private record Pass(int sentences, int parsed, int events) {
    }

    /** Each stage of the pipeline timed on the previous stage's output; sentences parsed and skipped. */
    private Pass stages(PrintWriter out, String label, Pipeline pipeline, List<Article> articles) {
        List<Document> docs = articles.stream().map(Document::of).toList();
        double[] seconds = new double[pipeline.stages().size()];
        double[] cpu = new double[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            Stage stage = pipeline.stages().get(i);
            List<Document> input = docs;
            seconds[i] = median(() -> map(input, stage::apply));
            cpu[i] = lastCpu;
            docs = map(input, stage::apply);
        }
        int sentences = 0;
        int parsed = 0;
        int skippedDocuments = 0;
        for (Document d : docs) {
            sentences += d.sentences().size();
            long p = d.sentences().stream().filter(Sentence::parsed).count();
            parsed += (int) p;
            skippedDocuments += p == 0 ? 1 : 0;
        }
        int events = docs.stream().mapToInt(d -> d.events().size()).sum();
        double total = Arrays.stream(seconds).sum();
        out.printf(Locale.ROOT, "%s: %d documents, %d sentences, %d parsed, %d skipped (%d documents not parsed"
                        + " at all), %d events; median of %d passes, one thread%n", label, articles.size(), sentences,
                parsed, sentences - parsed, skippedDocuments, events, runs);
        out.printf(Locale.ROOT, "  %-10s %10s %12s %14s %8s %12s%n", "stage", "seconds", "documents/s", "sentences/s",
                "share", "CPU seconds");
        for (int i = 0; i < seconds.length; i++) {
            row(out, pipeline.stages().get(i).name(), seconds[i], articles.size(), sentences, total, cpu[i]);
        }
        row(out, "code", total, articles.size(), sentences, total, Arrays.stream(cpu).sum());
        return new Pass(sentences, parsed, events);
    }

    /** Sentences per second of whole documents through the pipeline on 1 and on 2 threads (medians). */
    private double[] threads(Pipeline pipeline, List<Article> articles, int sentences) throws InterruptedException {
        double[] rates = new double[2];
        for (int threads = 1; threads <= 2; threads++) {
            OrderedRunner runner = new OrderedRunner(threads, "detente-bench");
            rates[threads - 1] = sentences / median(() -> {
                try {
                    runner.run(articles.iterator(), pipeline::process, new OrderedRunner.Sink<RuntimeException>() {
                        @Override
                        public void accept(Article article, Document document) {
                        }

                        @Override
                        public void failed(Article article, Throwable cause) {
                            throw new IllegalStateException(article.id() + ": " + OrderedRunner.reason(cause));
                        }
                    });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
            });
        }
        return rates;
    }

    /** The process's peak resident set (VmHWM), where /proc tells it. */
    private static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "unknown (no /proc)";
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                return String.format(Locale.ROOT, "%.2f GB", kb / (1024.0 * 1024.0));
            }
        }
        return "unknown";
    }

    private static void row(PrintWriter out, String stage, double seconds, int docs, int sentences, double total,
                            double cpu) {
        out.printf(Locale.ROOT, "  %-10s %10.3f %12.1f %14.1f %7.1f%% %12.3f%n", stage, seconds, docs / seconds,
                sentences / seconds, 100 * seconds / total, cpu);
    }

    /** The median wall seconds of the timed passes; {@link #lastCpu} gets the median CPU seconds of this thread. */
    private double median(Runnable pass) {
        pass.run();
        double[] times = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            pass.run();
            times[i] = (System.nanoTime() - t) / 1e9;
            cpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e9;
        }
        lastCpu = middle(cpu);
        return middle(times);
    }

    private double middle(double[] values) {
        Arrays.sort(values);
        return runs % 2 == 1 ? values[runs / 2] : (values[runs / 2 - 1] + values[runs / 2]) / 2;
    }

    /** CPU time of the calling thread: on a shared machine it says what a stage costs when wall time cannot. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private double lastCpu;

    private static <A, B> List<B> map(List<A> in, Function<A, B> f) {
        List<B> out = new ArrayList<>(in.size());
        for (A a : in) {
            out.add(f.apply(a));
        }
        return out;
    }
}
