package detente.train;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Mention;
import detente.doc.Token;
import detente.event.reading.LinearHead;
import detente.event.reading.ReadingFeatures;
import detente.event.reading.ReadingModel;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fits the three heads of the learned reading with Tribuo's multinomial logistic regression (AdaGrad, fixed seed
 * and example order, so the same inputs give the same weights) and writes them as a {@link ReadingModel}.
 */
public final class ReadingTrainer {

    /** A sentence of training data, parsed and with its actors resolved. */
    public record Prepared(LabelledSentence sentence, Document document) {
    }

    /** One training example of one head: its sentence (for folds), features and label. */
    record Labelled(int sentence, List<String> features, String label) {
    }

    /** The examples of the three heads. */
    record Examples(List<Labelled> role, List<Labelled> type, List<Labelled> classes) {
        Examples only(Set<Integer> sentences) {
            return new Examples(keep(role, sentences), keep(type, sentences), keep(classes, sentences));
        }

        private static List<Labelled> keep(List<Labelled> examples, Set<Integer> sentences) {
            return examples.stream().filter(e -> sentences.contains(e.sentence())).toList();
        }
    }

    /** Training settings: epochs of AdaGrad, its learning rate, the seed, and the least count a feature needs. */
    public record Settings(int epochs, double learningRate, long seed, int minCount) {
        public static Settings defaults() {
            return new Settings(8, 0.2, 12345L, 2);
        }
    }

    private final Settings settings;
    private final Map<String, String> codes;

    /** @param codes the CAMEO code of each type label (events/reading-codes.tsv) */
    public ReadingTrainer(Settings settings, Map<String, String> codes) {
        this.settings = settings;
        this.codes = Map.copyOf(codes);
    }

    /** The examples of every head from prepared sentences. */
    static Examples examples(List<Prepared> prepared) {
        List<Labelled> role = new ArrayList<>();
        List<Labelled> type = new ArrayList<>();
        List<Labelled> classes = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            Prepared p = prepared.get(i);
            Document d = p.document();
            if (d.sentences().isEmpty()) {
                continue;
            }
            DependencyGraph graph = d.graph();
            ReadingFeatures features = new ReadingFeatures(d, graph);
            List<ReadingFeatures.Span> mentions = actorSpans(d);
            // A training text is one sentence, but the parser may split it: features come from the sentence
            // holding the marked words, else the first.
            detente.doc.Sentence sentence = d.sentences().get(0);
            List<String> sentenceFeatures = features.ofSentence(sentence, mentions);
            if (p.sentence().penta() >= 0) {
                classes.add(new Labelled(i, sentenceFeatures, String.valueOf(p.sentence().penta())));
            }
            List<ReadingFeatures.Span> candidates = new ArrayList<>();
            Map<List<ReadingFeatures.Span>, Boolean> gold = new LinkedHashMap<>();
            for (LabelledSentence.Pair pair : p.sentence().pairs()) {
                ReadingFeatures.Span s = pair.source() == null ? null : tokens(d, pair.source());
                ReadingFeatures.Span t = pair.target() == null ? null : tokens(d, pair.target());
                if (s == null || t == null || overlap(s, t)) {
                    continue;
                }
                addCandidate(candidates, s);
                addCandidate(candidates, t);
                gold.merge(List.of(s, t), pair.acts(), Boolean::logicalAnd);
                if (pair.acts() && pair.type() != null) {
                    List<String> all = new ArrayList<>(sentenceFeatures);
                    all.addAll(features.ofPair(s, t));
                    type.add(new Labelled(i, all, pair.type()));
                }
            }
            for (ReadingFeatures.Span m : mentions) {
                if (candidates.stream().noneMatch(c -> overlap(c, m))) {
                    candidates.add(m);
                }
            }
            if (p.sentence().kind() == LabelledSentence.Kind.NONE) {
                // A sentence that reports no event: no pair of its actors acts.
                for (ReadingFeatures.Span s : mentions) {
                    for (ReadingFeatures.Span t : mentions) {
                        if (!s.equals(t) && !overlap(s, t)) {
                            role.add(new Labelled(i, features.ofPair(s, t), "no"));
                        }
                    }
                }
                continue;
            }
            if (gold.isEmpty()) {
                continue;
            }
            for (ReadingFeatures.Span s : candidates) {
                for (ReadingFeatures.Span t : candidates) {
                    if (s.equals(t) || overlap(s, t)) {
                        continue;
                    }
                    Boolean acts = gold.get(List.of(s, t));
                    role.add(new Labelled(i, features.ofPair(s, t), Boolean.TRUE.equals(acts) ? "yes" : "no"));
                }
            }
        }
        return new Examples(role, type, classes);
    }

    private static void addCandidate(List<ReadingFeatures.Span> candidates, ReadingFeatures.Span span) {
        if (!candidates.contains(span)) {
            candidates.add(span);
        }
    }

    private static boolean overlap(ReadingFeatures.Span a, ReadingFeatures.Span b) {
        return a.first() < b.end() && b.first() < a.end();
    }

    /** The spans of the known actors the actor stage found, as coding sees them. */
    static List<ReadingFeatures.Span> actorSpans(Document d) {
        List<ReadingFeatures.Span> out = new ArrayList<>();
        for (Mention m : d.mentions()) {
            if (m.actor().code() != null && m.sentence() == 0) {
                ReadingFeatures.Span s = ReadingFeatures.Span.of(m);
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The tokens of the first sentence that a character span overlaps, or null. */
    static ReadingFeatures.Span tokens(Document d, LabelledSentence.CharSpan span) {
        int first = -1;
        int end = -1;
        for (Token t : d.tokens()) {
            if (t.sentence() == 0 && t.start() < span.end() && span.start() < t.end()) {
                if (first < 0) {
                    first = t.index();
                }
                end = t.index() + 1;
            }
        }
        return first < 0 ? null : new ReadingFeatures.Span(first, end);
    }

    /** Fits the heads on the examples and returns the model with {@code threshold}. */
    ReadingModel fit(Examples examples, double threshold) {
        LinearHead role = head("role", examples.role());
        LinearHead type = head("type", examples.type());
        LinearHead classes = head("class", examples.classes());
        ReadingModel unversioned = new ReadingModel("unversioned", threshold, codes, role, type, classes);
        return new ReadingModel(version(unversioned), threshold, codes, role, type, classes);
    }

    /** The model's version: a digest of its weights, so the rule of every event names the exact model. */
    private static String version(ReadingModel model) {
        try {
            StringWriter text = new StringWriter();
            model.write(text);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return "r1-" + HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 8);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private LinearHead head(String name, List<Labelled> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples for the " + name + " head");
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Labelled e : examples) {
            for (String f : e.features()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("detente " + name, OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0,
                        ZoneOffset.UTC), new LabelFactory()), new LabelFactory());
        for (Labelled e : examples) {
            List<String> kept = new ArrayList<>(new TreeSet<>(e.features().stream()
                    .filter(f -> counts.get(f) >= settings.minCount()).toList()));
            if (kept.isEmpty()) {
                kept.add("<none>");
            }
            double[] ones = new double[kept.size()];
            java.util.Arrays.fill(ones, 1.0);
            Example<Label> example = new ArrayExample<>(new Label(e.label()), kept.toArray(String[]::new), ones);
            data.add(example);
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(),
                new AdaGrad(settings.learningRate(), 0.1), settings.epochs(), Integer.MAX_VALUE, 1,
                settings.seed());
        LinearSGDModel model = (LinearSGDModel) trainer.train(data);
        DenseMatrix w = model.getWeightsCopy();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < model.getOutputIDInfo().size(); i++) {
            labels.add(model.getOutputIDInfo().getOutput(i).getLabel());
        }
        int features = model.getFeatureIDMap().size();
        double[] bias = new double[labels.size()];
        for (int l = 0; l < labels.size(); l++) {
            bias[l] = round(w.get(l, features));
        }
        Map<String, double[]> weights = new HashMap<>();
        for (int f = 0; f < features; f++) {
            String feature = model.getFeatureIDMap().get(f).getName();
            double[] column = new double[labels.size()];
            boolean any = false;
            for (int l = 0; l < labels.size(); l++) {
                column[l] = round(w.get(l, f));
                any |= column[l] != 0;
            }
            if (any) {
                weights.put(feature, column);
            }
        }
        return new LinearHead(name, labels, bias, weights);
    }

    /** Weights as the model file stores them, so a model coded with and a model read back agree exactly. */
    private static double round(double value) {
        return Double.parseDouble(ReadingModel.format(value));
    }

    static Map<String, String> requireCodes(Map<String, String> codes) {
        Objects.requireNonNull(codes);
        for (String type : TrainingFiles.TYPES) {
            if (!codes.containsKey(type)) {
                throw new IllegalArgumentException("events/reading-codes.tsv: no CAMEO code for " + type);
            }
        }
        return codes;
    }
}
