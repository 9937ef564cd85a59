package detente.nlp.corenlp;

import detente.Detente;
import detente.Dictionaries;
import detente.doc.Article;
import detente.doc.Document;
import detente.fact.FactStage;
import detente.pipeline.Pipeline;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What SUTime would cost against detente's rule-based time expressions, on the demo corpus's plain-text
 * articles. Not part of the test suite (the name does not end in Test): run it with
 * {@code mvn -pl detente-core test -Dtest=SuTimeBenchmark}. Numbers are in docs/facts.md.
 */
class SuTimeBenchmark {

    private static final int RUNS = 3;
    private static final java.util.Set<String> TIME_TAGS = java.util.Set.of("DATE", "TIME", "DURATION", "SET");

    @Test
    void compare() throws Exception {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "examples", "news"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                articles.add(Article.of(name, java.time.LocalDate.parse(name.substring(0, 10)), Files.readString(f)));
            }
        }
        StanfordCoreNLP plain = new StanfordCoreNLP(ner(false));
        long t0 = System.nanoTime();
        StanfordCoreNLP sutime = new StanfordCoreNLP(ner(true));
        double sutimeLoad = (System.nanoTime() - t0) / 1e9;
        int[] found = new int[1];
        double plainTime = median(() -> articles.forEach(a -> annotate(plain, a)));
        double sutimeTime = median(() -> {
            found[0] = 0;
            articles.forEach(a -> found[0] += annotate(sutime, a));
        });

        Pipeline pipeline = Detente.pipeline(Detente.nlp(), Dictionaries.builtIn());
        List<Document> coded = new ArrayList<>();
        FactStage facts = (FactStage) pipeline.stages().get(pipeline.stages().size() - 1);
        for (Article a : articles) {
            Document d = Document.of(a);
            for (var stage : pipeline.stages().subList(0, pipeline.stages().size() - 1)) {
                d = stage.apply(d);
            }
            coded.add(d);
        }
        int[] ours = new int[1];
        double oursTime = median(() -> {
            ours[0] = 0;
            coded.forEach(d -> ours[0] += facts.extract(d).timexes().size());
        });
        double nlpTime = median(() -> articles.forEach(a -> Detente.nlp().apply(Document.of(a))));

        System.out.printf("articles: %d; median of %d passes%n", articles.size(), RUNS);
        System.out.printf("tokenize..ner without SUTime: %.3f s%n", plainTime);
        System.out.printf("tokenize..ner with SUTime (+numeric classifiers): %.3f s (+%.3f s), load %.1f s, %d timexes%n",
                sutimeTime, sutimeTime - plainTime, sutimeLoad, found[0]);
        System.out.printf("detente nlp stage (full, with depparse): %.3f s%n", nlpTime);
        System.out.printf("detente facts stage (all facts, rule-based timexes): %.3f s, %d timexes%n", oursTime, ours[0]);
    }

    private static Properties ner(boolean withSuTime) {
        Properties props = CoreNlpStage.properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.useSUTime", Boolean.toString(withSuTime));
        props.setProperty("ner.applyNumericClassifiers", Boolean.toString(withSuTime));
        return props;
    }

    private static int annotate(StanfordCoreNLP nlp, Article a) {
        Annotation annotation = new Annotation(a.text());
        annotation.set(CoreAnnotations.DocDateAnnotation.class, a.date().toString());
        nlp.annotate(annotation);
        // Without entity mentions SUTime's results sit on the tokens: count runs of DATE/TIME/DURATION/SET tokens.
        int runs = 0;
        String previous = "O";
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            for (var token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                String ner = token.ner() == null ? "O" : token.ner();
                boolean time = TIME_TAGS.contains(ner) && token.get(TimeAnnotations.TimexAnnotation.class) != null;
                if (time && !ner.equals(previous)) {
                    runs++;
                }
                previous = time ? ner : "O";
            }
        }
        return runs;
    }

    private static double median(Runnable pass) {
        pass.run();
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            pass.run();
            times[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
