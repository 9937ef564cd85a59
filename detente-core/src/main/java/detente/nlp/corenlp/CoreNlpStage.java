package detente.nlp.corenlp;

import detente.doc.Dependency;
import detente.doc.Document;
import detente.doc.Layer;
import detente.doc.Sentence;
import detente.doc.Token;
import detente.nlp.Datelines;
import detente.nlp.TitleLine;
import detente.pipeline.Stage;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The NLP stage on Stanford CoreNLP: sentences, tokens, lemmas, POS, NER and Universal Dependencies, converted
 * once into detente's own model. No CoreNLP type leaves this package.
 *
 * <p>Prepositional relations carry their preposition ({@code obl:against}, {@code nmod:on}) the way enhanced UD
 * writes them, so coders read one edge instead of looking for the {@code case} child every time.
 */
public final class CoreNlpStage implements Stage {

    public static final String NAME = "nlp";

    private final StanfordCoreNLP pipeline;
    private final long loadMillis;

    /** The process's one loaded stage: the models are immutable once loaded and cost seconds and gigabytes. */
    private static final class Shared {
        static final CoreNlpStage INSTANCE = load();
    }

    private CoreNlpStage(StanfordCoreNLP pipeline, long loadMillis) {
        this.pipeline = pipeline;
        this.loadMillis = loadMillis;
    }

    /** The process-wide stage, loaded on first use; thread-safe. */
    public static CoreNlpStage shared() {
        return Shared.INSTANCE;
    }

    /** Loads a new copy of the models (seconds). Prefer {@link #shared()} unless measuring the load. */
    public static CoreNlpStage load() {
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties());
        return new CoreNlpStage(pipeline, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The annotator settings, chosen for throughput: fine-grained NER, SUTime and numeric classifiers cost ~5×. */
    static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit," + SentenceCap.NAME + ",pos,lemma,ner,depparse");
        props.setProperty("customAnnotatorClass." + SentenceCap.NAME, SentenceCap.class.getName());
        props.setProperty("tokenize.language", "en");
        props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true,splitHyphenated=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return props;
    }

    public long loadMillis() {
        return loadMillis;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.LEMMAS, Layer.POS, Layer.NER, Layer.DEPENDENCIES);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        String masked = Datelines.mask(text);
        // A headline line with no stop is parsed apart from the body it would otherwise run into.
        int titleEnd = TitleLine.end(text);
        List<CoreMap> parsed = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (int[] part : titleEnd < 0 ? new int[][] {{0, text.length()}}
                : new int[][] {{0, titleEnd}, {titleEnd + 1, text.length()}}) {
            Annotation annotation = new Annotation(masked.substring(part[0], part[1]));
            pipeline.annotate(annotation);
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                parsed.add(sentence);
                offsets.add(part[0]);
            }
        }

        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        for (int s = 0; s < parsed.size(); s++) {
            CoreMap sentence = parsed.get(s);
            int offset = offsets.get(s);
            int first = tokens.size();
            int sentenceIndex = sentences.size();
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                int start = offset + label.beginPosition();
                int end = offset + label.endPosition();
                String ner = label.ner();
                tokens.add(new Token(tokens.size(), sentenceIndex, text.substring(start, end), start, end,
                        label.lemma() == null ? label.word() : label.lemma(), label.tag(),
                        ner == null ? "O" : ner));
            }
            int end = tokens.size();
            if (end == first) {
                continue;
            }
            sentences.add(new Sentence(sentenceIndex, tokens.get(first).start(), tokens.get(end - 1).end(), first, end,
                    Boolean.TRUE.equals(sentence.get(SentenceCap.Cut.class))));
            SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph != null) {
                dependencies.addAll(convert(graph, first));
            }
        }
        dependencies.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::head));
        return document.withParse(sentences, tokens, dependencies, provides());
    }

    private static List<Dependency> convert(SemanticGraph graph, int offset) {
        List<Dependency> out = new ArrayList<>();
        for (IndexedWord root : graph.getRoots()) {
            out.add(new Dependency(Dependency.ROOT, offset + root.index() - 1, "root"));
        }
        for (SemanticGraphEdge edge : graph.edgeListSorted()) {
            String relation = edge.getRelation().toString();
            IndexedWord dependent = edge.getDependent();
            if ((relation.equals("obl") || relation.equals("nmod") || relation.equals("advcl")
                    || relation.equals("acl")) && !relation.contains(":")) {
                String marker = caseMarker(graph, dependent);
                if (marker != null) {
                    relation = relation + ":" + marker;
                }
            }
            out.add(new Dependency(offset + edge.getGovernor().index() - 1, offset + dependent.index() - 1, relation));
        }
        return out;
    }

    /** The lower-cased preposition (or fixed multi-word one, "because_of") that marks a dependent. */
    private static String caseMarker(SemanticGraph graph, IndexedWord word) {
        for (SemanticGraphEdge child : graph.outgoingEdgeList(word)) {
            String rel = child.getRelation().toString();
            if (rel.equals("case") || rel.equals("mark")) {
                StringBuilder marker = new StringBuilder(child.getDependent().word().toLowerCase(java.util.Locale.ROOT));
                for (SemanticGraphEdge fixed : graph.outgoingEdgeList(child.getDependent())) {
                    if (fixed.getRelation().toString().equals("fixed")) {
                        marker.append('_').append(fixed.getDependent().word().toLowerCase(java.util.Locale.ROOT));
                    }
                }
                if (rel.equals("case") || marker.length() > 0) {
                    return marker.toString();
                }
            }
        }
        return null;
    }
}
