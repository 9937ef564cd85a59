package detente.nlp.corenlp;

import detente.doc.Dependency;
import detente.doc.Document;
import detente.doc.Layer;
import detente.doc.Sentence;
import detente.doc.Token;
import detente.nlp.CandidateFilter;
import detente.nlp.Datelines;
import detente.nlp.SelectiveParser;
import detente.nlp.TitleLine;
import detente.pipeline.Stage;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The NLP stage on Stanford CoreNLP: sentences, tokens, lemmas, POS, NER and Universal Dependencies, converted
 * once into detente's own model. No CoreNLP type leaves this package.
 *
 * <p>Tokenising and sentence splitting cost little; tagging, NER and above all the dependency parse cost the rest.
 * With a {@link CandidateFilter} ({@link #selecting}) only the sentences that could hold an event are tagged and
 * parsed; the others keep their tokens, with the token as its lemma, no POS, NER "O", and the filter's reason in
 * {@link Sentence#skipped()}. The tagger, NER and parser models load in parallel, in the background, from the first
 * use of the stage; a document with nothing to parse never waits for them.
 *
 * <p>Prepositional relations carry their preposition ({@code obl:against}, {@code nmod:on}) the way enhanced UD
 * writes them, so coders read one edge instead of looking for the {@code case} child every time.
 */
public final class CoreNlpStage implements Stage, SelectiveParser {

    public static final String NAME = "nlp";

    private final Models models;
    private final CandidateFilter filter;

    /** The process's one set of models: immutable once loaded, and they cost seconds and gigabytes. */
    private static final class Shared {
        static final Models INSTANCE = Models.startLoading();
    }

    /**
     * The tokeniser (ready at once) and the three model-backed annotators, each loaded on its own thread once
     * {@link #startLoading()} or {@link #deep()} asks: the tagger (with the lemmatiser), NER and the parser.
     */
    private static final class Models {
        private final StanfordCoreNLP split;
        private Deep deep;

        private record Deep(CompletableFuture<Annotator> tagger, CompletableFuture<Annotator> ner,
                            CompletableFuture<Annotator> parser, long startNanos) {
        }

        private Models() {
            Properties splitProps = properties();
            // The token cap cuts over-long sentences before anything is read in depth.
            splitProps.setProperty("annotators", "tokenize,ssplit," + SentenceCap.NAME);
            split = new StanfordCoreNLP(splitProps);
        }

        /** The tokeniser only; the models load when first needed. */
        static Models tokeniser() {
            return new Models();
        }

        /** The tokeniser, with the models loading in the background from now. */
        static Models startLoading() {
            Models models = new Models();
            models.deep();
            return models;
        }

        StanfordCoreNLP split() {
            return split;
        }

        synchronized Deep deep() {
            if (deep == null) {
                Properties props = properties();
                Executor loader = runnable -> {
                    Thread t = new Thread(runnable, "detente-model-load");
                    t.setDaemon(true);
                    t.start();
                };
                long t0 = System.nanoTime();
                deep = new Deep(
                        CompletableFuture.supplyAsync(() -> {
                            AnnotationPipeline tagging = new AnnotationPipeline();
                            tagging.addAnnotator(new POSTaggerAnnotator("pos", props));
                            tagging.addAnnotator(new MorphaAnnotator(false));
                            return tagging;
                        }, loader),
                        CompletableFuture.supplyAsync(() -> {
                            try {
                                return new NERCombinerAnnotator(props);
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }, loader),
                        CompletableFuture.supplyAsync(() -> new DependencyParseAnnotator(
                                PropertiesUtils.extractPrefixedProperties(props, "depparse.")), loader),
                        t0);
            }
            return deep;
        }

        /** Waits for every model; the milliseconds from the start of loading to the last model ready. */
        long await() {
            Deep d = deep();
            CompletableFuture.allOf(d.tagger(), d.ner(), d.parser()).join();
            return (System.nanoTime() - d.startNanos()) / 1_000_000;
        }
    }

    private CoreNlpStage(Models models, CandidateFilter filter) {
        this.models = models;
        this.filter = filter;
    }

    /**
     * The process-wide stage, parsing every sentence; its models start loading in the background on first use
     * (thread-safe).
     */
    public static CoreNlpStage shared() {
        return new CoreNlpStage(Shared.INSTANCE, null);
    }

    /** Loads a new copy of the models and waits for them (seconds). Prefer {@link #shared()} unless measuring. */
    public static CoreNlpStage load() {
        Models models = Models.startLoading();
        models.await();
        return new CoreNlpStage(models, null);
    }

    /** A stage that only tokenises until something asks for its models (for benchmarks of the filter). */
    static CoreNlpStage tokeniser() {
        return new CoreNlpStage(Models.tokeniser(), null);
    }

    /** The same models, reading in depth only the sentences {@code candidates} keeps. */
    @Override
    public CoreNlpStage selecting(CandidateFilter candidates) {
        return new CoreNlpStage(models, candidates);
    }

    /** The stage parsing every sentence, on the same models. */
    public CoreNlpStage parsingAll() {
        return new CoreNlpStage(models, null);
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

    /** Milliseconds from the start of loading until every model was ready (waits for them). */
    public long loadMillis() {
        return models.await();
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

    /** The sentences the tokeniser split, each with the offset of the part of the text it was split from. */
    private record Split(List<CoreMap> sentences, List<Integer> offsets) {
    }

    private Split split(String text) {
        String masked = Datelines.mask(text);
        // A headline line with no stop is parsed apart from the body it would otherwise run into.
        int titleEnd = TitleLine.end(text);
        List<CoreMap> split = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (int[] part : titleEnd < 0 ? new int[][] {{0, text.length()}}
                : new int[][] {{0, titleEnd}, {titleEnd + 1, text.length()}}) {
            Annotation annotation = new Annotation(masked.substring(part[0], part[1]));
            models.split().annotate(annotation);
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                split.add(sentence);
                offsets.add(part[0]);
            }
        }
        return new Split(split, offsets);
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        Split parts = split(text);
        List<CoreMap> split = parts.sentences();
        List<Integer> offsets = parts.offsets();
        List<String> skipped = skipped(document, split, offsets);
        parse(split, skipped);

        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        for (int s = 0; s < split.size(); s++) {
            CoreMap sentence = split.get(s);
            int offset = offsets.get(s);
            int first = tokens.size();
            int sentenceIndex = sentences.size();
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                int start = offset + label.beginPosition();
                int end = offset + label.endPosition();
                String ner = label.ner();
                String word = text.substring(start, end);
                tokens.add(new Token(tokens.size(), sentenceIndex, word, start, end,
                        label.lemma() == null ? word : label.lemma(), label.tag() == null ? "" : label.tag(),
                        ner == null ? "O" : ner));
            }
            int end = tokens.size();
            if (end == first) {
                continue;
            }
            sentences.add(new Sentence(sentenceIndex, tokens.get(first).start(), tokens.get(end - 1).end(), first, end,
                    Boolean.TRUE.equals(sentence.get(SentenceCap.Cut.class)), skipped.get(s)));
            SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph != null) {
                dependencies.addAll(convert(graph, first));
            }
        }
        dependencies.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::head));
        return document.withParse(sentences, tokens, dependencies, provides());
    }

    /** Per split sentence, why it is not parsed, or null when it is. */
    private List<String> skipped(Document document, List<CoreMap> split, List<Integer> offsets) {
        List<String> out = new ArrayList<>(split.size());
        if (filter == null) {
            split.forEach(s -> out.add(null));
            return out;
        }
        List<Integer> splitOf = new ArrayList<>();
        List<CandidateFilter.Verdict> verdicts = filter.select(tokensOnly(document, split, offsets, splitOf));
        split.forEach(s -> out.add(null));
        for (int i = 0; i < verdicts.size(); i++) {
            if (!verdicts.get(i).parse()) {
                out.set(splitOf.get(i), verdicts.get(i).reason());
            }
        }
        return out;
    }

    /** The document as the filter reads it: tokens and sentences, no parse (for benchmarks of the filter). */
    Document tokensOnly(Document document) {
        Split parts = split(document.text());
        return tokensOnly(document, parts.sentences(), parts.offsets(), new ArrayList<>());
    }

    /**
     * Tokens and sentences only, each token a possible noun with the lemma it would have as one (the filter reads
     * no tags); {@code splitOf} receives, per sentence, the index of the split sentence it came from.
     */
    private static Document tokensOnly(Document document, List<CoreMap> split, List<Integer> offsets,
                                       List<Integer> splitOf) {
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (int s = 0; s < split.size(); s++) {
            int first = tokens.size();
            for (CoreLabel label : split.get(s).get(CoreAnnotations.TokensAnnotation.class)) {
                int start = offsets.get(s) + label.beginPosition();
                int end = offsets.get(s) + label.endPosition();
                String word = text.substring(start, end);
                tokens.add(new Token(tokens.size(), sentences.size(), word, start, end,
                        Morphology.lemmaStatic(word, "NNS"), "NN", "O"));
            }
            if (tokens.size() > first) {
                sentences.add(new Sentence(sentences.size(), tokens.get(first).start(),
                        tokens.get(tokens.size() - 1).end(), first, tokens.size()));
                splitOf.add(s);
            }
        }
        return document.withParse(sentences, tokens, List.of(), EnumSet.of(Layer.TOKENS, Layer.SENTENCES));
    }

    /** Tags, labels and parses the sentences not skipped, in one annotation per document. */
    private void parse(List<CoreMap> split, List<String> skipped) {
        List<CoreMap> chosen = new ArrayList<>();
        List<CoreLabel> chosenTokens = new ArrayList<>();
        for (int s = 0; s < split.size(); s++) {
            if (skipped.get(s) == null) {
                chosen.add(split.get(s));
                chosenTokens.addAll(split.get(s).get(CoreAnnotations.TokensAnnotation.class));
            }
        }
        if (chosen.isEmpty()) {
            return;
        }
        Annotation annotation = new Annotation("");
        annotation.set(CoreAnnotations.SentencesAnnotation.class, chosen);
        annotation.set(CoreAnnotations.TokensAnnotation.class, chosenTokens);
        Models.Deep deep = models.deep();
        deep.tagger().join().annotate(annotation);
        deep.ner().join().annotate(annotation);
        deep.parser().join().annotate(annotation);
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
