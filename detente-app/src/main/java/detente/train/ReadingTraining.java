package detente.train;

import detente.Dictionaries;
import detente.dict.DictionarySource;
import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Event;
import detente.doc.Mention;
import detente.eval.ClassEvaluation;
import detente.eval.PairEvaluation;
import detente.event.EventCoder;
import detente.event.EventTrace;
import detente.event.reading.EventTypes;
import detente.event.reading.LearnedReading;
import detente.event.reading.ReadingModel;
import detente.pipeline.Stage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code detente train} as a library: read the training files, parse and resolve their sentences, score the
 * combined coder (patterns, then the reading) by k-fold cross-validation, pick the reading's threshold for the
 * wanted precision, and fit the final model on everything.
 */
public final class ReadingTraining {

    /** The files under a training directory, as ../shared/data/training lays them out. */
    public static final String CLASSES_FILE = "conflibert_cameo/cameo_class_train.tsv";
    public static final String TAGGED_FILE = "conflibert_cameo/cameo_ner_train.txt";
    public static final String PAIRS_FILE = "plv/PLV_train.tsv";

    private final Dictionaries dictionaries;
    private final ParseCache parses;
    private final Stage actors;
    private final ReadingTrainer trainer;
    private final Consumer<String> log;

    public ReadingTraining(Dictionaries dictionaries, DictionarySource source, Supplier<Stage> nlp, Stage actors,
                           Path cache,
                           ReadingTrainer.Settings settings, Consumer<String> log) {
        this.dictionaries = dictionaries;
        this.parses = new ParseCache(cache, nlp);
        this.actors = actors;
        this.trainer = new ReadingTrainer(settings, ReadingTrainer.requireCodes(readCodes(source)));
        this.log = log;
    }

    /** The type → CAMEO code table (events/reading-codes.tsv). */
    static Map<String, String> readCodes(DictionarySource source) {
        Map<String, String> codes = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(source.open("events/reading-codes.tsv"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("type\t")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 2) {
                    throw new IllegalArgumentException(source.describe("events/reading-codes.tsv") + ": '" + line
                            + "' is not 'type<TAB>cameo'");
                }
                codes.put(f[0].strip(), f[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    /** Every labelled sentence of a training directory (files it lacks are skipped and said) and verdict files. */
    public List<LabelledSentence> read(Path dir, List<Path> verdictFiles, Path noEvents) throws IOException {
        List<LabelledSentence> out = new ArrayList<>();
        if (noEvents != null) {
            if (Files.isRegularFile(noEvents)) {
                List<LabelledSentence> read = TrainingFiles.noEvents(noEvents);
                out.addAll(read);
                log.accept(noEvents + ": " + read.size() + " sentences that report no event");
            } else {
                log.accept(noEvents + ": not found, skipped");
            }
        }
        Map<String, Integer> classesByText = new HashMap<>();
        if (dir != null) {
            Path classes = dir.resolve(CLASSES_FILE);
            if (Files.isRegularFile(classes)) {
                List<LabelledSentence> read = TrainingFiles.classes(classes);
                read.forEach(s -> classesByText.put(TrainingFiles.squeeze(s.text()), s.penta()));
                out.addAll(read);
                log.accept(classes + ": " + read.size() + " sentences");
            } else {
                log.accept(classes + ": not found, skipped");
            }
            Path tagged = dir.resolve(TAGGED_FILE);
            if (Files.isRegularFile(tagged)) {
                // Its sentences that the classes file also has give roles only: their class counts once.
                List<LabelledSentence> read = TrainingFiles.tagged(tagged, classesByText).stream()
                        .map(s -> new LabelledSentence(s.kind(), s.origin(), s.text(), -1, s.pairs())).toList();
                out.addAll(read);
                log.accept(tagged + ": " + read.size() + " sentences");
            } else {
                log.accept(tagged + ": not found, skipped");
            }
            Path pairs = dir.resolve(PAIRS_FILE);
            if (Files.isRegularFile(pairs)) {
                List<LabelledSentence> read = TrainingFiles.pairs(pairs);
                out.addAll(read);
                log.accept(pairs + ": " + read.size() + " pairs");
            } else {
                log.accept(pairs + ": not found, skipped");
            }
        }
        for (Path file : verdictFiles) {
            List<TrainingFiles.Verdict> verdicts = TrainingFiles.verdicts(file);
            for (TrainingFiles.Verdict v : verdicts) {
                out.add(verdictSentence(v));
            }
            log.accept(file + ": " + verdicts.size() + " verdicts");
        }
        return out;
    }

    /** A verdict's sentence; its pair is found by actor code once the sentence is parsed (see prepare). */
    private LabelledSentence verdictSentence(TrainingFiles.Verdict v) {
        int penta = v.acts() ? LearnedReading.classOf(v.cameo()) : -1;
        return new LabelledSentence(LabelledSentence.Kind.VERDICT, v.origin() + "\u0000" + v.source() + "\u0000"
                + v.target() + "\u0000" + v.cameo() + "\u0000" + v.acts(), v.text(), penta, List.of());
    }

    /** Parses (through the cache) and resolves actors of every sentence. */
    public List<ReadingTrainer.Prepared> prepare(List<LabelledSentence> sentences) {
        List<ReadingTrainer.Prepared> out = new ArrayList<>();
        long start = System.nanoTime();
        int done = 0;
        for (LabelledSentence s : sentences) {
            Document d = actors.apply(parses.parse(Article.of(s.origin(), null, s.text())));
            if (s.kind() == LabelledSentence.Kind.VERDICT) {
                s = resolveVerdict(s, d);
                if (s == null) {
                    continue;
                }
            }
            out.add(new ReadingTrainer.Prepared(s, d));
            if (++done % 500 == 0) {
                log.accept("parsed " + done + " of " + sentences.size());
            }
        }
        log.accept(String.format(java.util.Locale.ROOT, "%d sentences parsed and resolved in %.1f s", out.size(),
                (System.nanoTime() - start) / 1e9));
        return out;
    }

    private LabelledSentence resolveVerdict(LabelledSentence s, Document d) {
        String[] f = s.origin().split("\u0000");
        Mention source = firstOf(d, f[1]);
        Mention target = firstOf(d, f[2]);
        if (source == null || target == null) {
            log.accept(f[0] + ": the verdict's actors " + f[1] + " and " + f[2]
                    + " are not both found in its sentence now; not used");
            return null;
        }
        boolean acts = Boolean.parseBoolean(f[4]);
        String type = acts ? EventTypes.of(f[3], dictionaries.ontology().get(f[3])
                .map(c -> c.plover() == null ? null : c.plover().event()).orElse(null)) : null;
        return new LabelledSentence(s.kind(), f[0], s.text(), s.penta(), List.of(new LabelledSentence.Pair(
                new LabelledSentence.CharSpan(source.start(), source.end()),
                new LabelledSentence.CharSpan(target.start(), target.end()),
                "OTHER".equals(type) ? null : type, acts)));
    }

    private static Mention firstOf(Document d, String code) {
        return d.mentions().stream().filter(m -> code.equals(m.actor().code())).findFirst().orElse(null);
    }

    /**
     * The least threshold the reading is given: the training data holds only sentences that report events, so it
     * cannot teach what a sentence with no event looks like, and a reading this unsure is noise in running text.
     */
    public static final double MIN_THRESHOLD = 0.05;

    /** Cross-validated scores of the combined coder, with the reading's events unfiltered by threshold. */
    /**
     * @param quiet the reading's confidence on each held-out sentence that reports no event (0 where it coded
     *              nothing)
     */
    public record CrossValidation(int folds, ClassEvaluation.Score classes, PairEvaluation.Score pairs,
                                  List<Double> quiet) {

        /** How many of the sentences that report no event the reading codes at {@code threshold}. */
        public long falseEvents(double threshold) {
            return quiet.stream().filter(c -> c > 0 && c >= threshold).count();
        }


        /** The least threshold (from {@link #MIN_THRESHOLD}) whose class precision reaches {@code precision}, else the most precise. */
        public double threshold(double precision) {
            double mostPrecise = MIN_THRESHOLD;
            double bestPrecision = -1;
            for (int step = (int) Math.round(MIN_THRESHOLD * 100); step <= 90; step++) {
                double t = step / 100.0;
                double p = classes.above(t).precision();
                if (p >= precision) {
                    return t;
                }
                if (p > bestPrecision) {
                    bestPrecision = p;
                    mostPrecise = t;
                }
            }
            return mostPrecise;
        }
    }

    /** k-fold cross-validation: sentences with the same words always share a fold. */
    public CrossValidation crossValidate(List<ReadingTrainer.Prepared> prepared, int folds, long seed) {
        List<String> groups = new ArrayList<>(new TreeSet<>(prepared.stream()
                .map(p -> TrainingFiles.squeeze(p.sentence().text())).toList()));
        Collections.shuffle(groups, new Random(seed));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            foldOf.put(groups.get(i), i % folds);
        }
        ReadingTrainer.Examples all = ReadingTrainer.examples(prepared);
        List<ClassEvaluation.Item> classItems = new ArrayList<>();
        List<PairEvaluation.Item> pairItems = new ArrayList<>();
        List<Double> quiet = new ArrayList<>();
        long started = System.nanoTime();
        for (int fold = 0; fold < folds; fold++) {
            Set<Integer> train = new HashSet<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < prepared.size(); i++) {
                if (foldOf.get(TrainingFiles.squeeze(prepared.get(i).sentence().text())) == fold) {
                    test.add(i);
                } else {
                    train.add(i);
                }
            }
            ReadingModel model = trainer.fit(all.only(train), 0.0);
            EventCoder coder = new EventCoder(dictionaries.events(), dictionaries.ontology(), true,
                    new LearnedReading(model), 0);
            for (int i : test) {
                List<Event> events = coder.code(prepared.get(i).document(), EventTrace.NONE);
                if (prepared.get(i).sentence().kind() == LabelledSentence.Kind.NONE) {
                    quiet.add(events.stream().filter(e -> e.rule().startsWith("model:"))
                            .mapToDouble(Event::confidence).max().orElse(0));
                }
                score(prepared.get(i), events, classItems, pairItems);
            }
            log.accept(String.format(java.util.Locale.ROOT, "fold %d of %d scored (%.1f s)", fold + 1, folds,
                    (System.nanoTime() - started) / 1e9));
        }
        return new CrossValidation(folds, new ClassEvaluation.Score(classItems), new PairEvaluation.Score(pairItems),
                quiet);
    }

    private static void score(ReadingTrainer.Prepared p, List<Event> events, List<ClassEvaluation.Item> classItems,
                              List<PairEvaluation.Item> pairItems) {
        LabelledSentence s = p.sentence();
        if ((s.kind() == LabelledSentence.Kind.CLASSES || s.kind() == LabelledSentence.Kind.PAIRS) && s.penta() >= 0) {
            classItems.add(ClassEvaluation.item(s.origin(), s.text(), s.penta(), events, p.document().mentions()));
        }
        if (s.kind() == LabelledSentence.Kind.PAIRS) {
            LabelledSentence.Pair pair = s.pairs().get(0);
            pairItems.add(PairEvaluation.item(s.origin(), s.text(), pair, events));
        }
    }

    /** The model fitted on every prepared sentence. */
    public ReadingModel fit(List<ReadingTrainer.Prepared> prepared, double threshold) {
        return trainer.fit(ReadingTrainer.examples(prepared), threshold);
    }
}
