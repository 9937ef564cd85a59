package detente.cli;

import detente.Detente;
import detente.Dictionaries;
import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Event;
import detente.doc.Sentence;
import detente.event.EventCoder;
import detente.pipeline.OrderedRunner;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code detente eval filter}: what the candidate filter costs. Each corpus is coded twice on the same models, once
 * parsing every sentence and once parsing only the candidates, and the events compared: the events the filter lost
 * (listed) and gained, and how many sentences it skipped.
 */
@Command(name = "filter",
        description = {"Code corpora with every sentence parsed and with only the candidate sentences parsed;"
                + " report the events the candidate filter loses (each listed) and the sentences it skips."})
final class EvalFilterCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or directories.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--classes", paramLabel = "FILE", description = "Five-class sentences (as 'eval classes' reads).")
    List<Path> classes = new ArrayList<>();

    @Option(names = "--pairs", paramLabel = "FILE", description = "Marked pairs (as 'eval pairs' reads).")
    List<Path> pairs = new ArrayList<>();

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, List<Article>> corpora = new LinkedHashMap<>();
        if (!inputs.isEmpty()) {
            corpora.put(String.join(" ", inputs), InputOptions.readDefaults(spec.commandLine().getErr(), inputs)
                    .articles());
        }
        for (Path file : classes) {
            corpora.put(file.toString(), sentences(TrainingFiles.classes(file)));
        }
        for (Path file : pairs) {
            corpora.put(file.toString(), sentences(TrainingFiles.pairs(file)));
        }
        if (corpora.isEmpty()) {
            spec.commandLine().getErr().println("detente: eval filter: give article paths, --classes or --pairs");
            return 2;
        }
        Dictionaries dictionaries = options.dictionaries();
        EventCoder coder = options.coder(dictionaries);
        Pipeline all = Detente.pipelineParsingAll(Detente.nlp(), dictionaries, coder);
        Pipeline candidates = Detente.pipeline(Detente.nlp(), dictionaries, coder);
        int lostTotal = 0;
        int eventsTotal = 0;
        for (Map.Entry<String, List<Article>> corpus : corpora.entrySet()) {
            List<Document> full = code(corpus.getValue(), all);
            List<Document> filtered = code(corpus.getValue(), candidates);
            int events = 0;
            int kept = 0;
            int sentences = 0;
            List<String> lost = new ArrayList<>();
            List<String> gained = new ArrayList<>();
            for (int i = 0; i < full.size(); i++) {
                Map<String, Event> before = byKey(full.get(i));
                Map<String, Event> after = byKey(filtered.get(i));
                events += before.size();
                for (Sentence s : filtered.get(i).sentences()) {
                    sentences++;
                    kept += s.parsed() ? 1 : 0;
                }
                String id = corpus.getValue().get(i).id();
                Document filteredDoc = filtered.get(i);
                before.forEach((k, e) -> {
                    if (!after.containsKey(k)) {
                        lost.add(id + "  " + k + "  " + reason(filteredDoc, e));
                    }
                });
                after.forEach((k, e) -> {
                    if (!before.containsKey(k)) {
                        gained.add(id + "  " + k);
                    }
                });
            }
            lostTotal += lost.size();
            eventsTotal += events;
            out.printf(Locale.ROOT, "%s: %d documents, %d sentences, %d parsed (%.1f%%); %d events with every"
                            + " sentence parsed, %d lost (%.2f%%), %d gained%n", corpus.getKey(), full.size(), sentences,
                    kept, 100.0 * kept / Math.max(1, sentences), events, lost.size(),
                    100.0 * lost.size() / Math.max(1, events), gained.size());
            lost.forEach(l -> out.println("  lost   " + l));
            gained.forEach(g -> out.println("  gained " + g));
        }
        out.printf(Locale.ROOT, "all: %d events, %d lost (%.2f%%)%n", eventsTotal, lostTotal,
                100.0 * lostTotal / Math.max(1, eventsTotal));
        return 0;
    }

    private static List<Article> sentences(List<LabelledSentence> labelled) {
        return labelled.stream().map(s -> Article.of(s.origin(), null, s.text())).toList();
    }

    private List<Document> code(List<Article> articles, Pipeline pipeline) throws InterruptedException {
        List<Document> out = new ArrayList<>(articles.size());
        new OrderedRunner(options.threads, "detente-eval-filter").run(articles.iterator(), pipeline::process,
                new OrderedRunner.Sink<RuntimeException>() {
                    @Override
                    public void accept(Article article, Document document) {
                        out.add(document);
                    }

                    @Override
                    public void failed(Article article, Throwable cause) {
                        throw new IllegalStateException(article.id() + ": " + OrderedRunner.reason(cause), cause);
                    }
                });
        return out;
    }

    /** Events by what they say and where: code, source, target, trigger offset. */
    private static Map<String, Event> byKey(Document document) {
        Map<String, Event> out = new HashMap<>();
        for (Event e : document.events()) {
            out.put(e.cameo() + " " + e.source().code() + " -> " + (e.target() == null ? "-" : e.target().code())
                    + " at " + e.trigger().start() + " '" + e.trigger().text() + "' (" + e.rule().split(":")[0] + ")", e);
        }
        return out;
    }

    /** Why the filtered run did not code an event: its sentence skipped, or parsed and read otherwise. */
    private static String reason(Document filtered, Event e) {
        for (Sentence s : filtered.sentences()) {
            if (s.start() <= e.trigger().start() && e.trigger().start() < s.end()) {
                return s.parsed() ? "(sentence parsed; coded otherwise)" : "(sentence skipped: " + s.skipped() + ")";
            }
        }
        return "";
    }
}
