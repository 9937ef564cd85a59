package detente.nlp.corenlp;

import detente.Detente;
import detente.Dictionaries;
import detente.doc.Article;
import detente.doc.Document;
import detente.nlp.CandidateFilter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The candidate filter on the demo corpus (examples/news, or the directory in -Dcorpus=DIR): the filter alone on
 * tokenised documents, and tokenising plus filtering, the whole cost a skipped sentence still pays. Time per pass
 * over the corpus. Run: see docs/throughput.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CandidateFilterBenchmark {

    private CandidateFilter filter;
    private CoreNlpStage tokeniser;
    private List<Document> articles;
    private List<Document> tokenised;

    @Setup
    public void setUp() throws IOException {
        Path corpus = Path.of(System.getProperty("corpus", "examples/news"));
        if (!Files.isDirectory(corpus)) {
            corpus = Path.of("..").resolve(corpus);
        }
        filter = Detente.candidates(Dictionaries.builtIn());
        tokeniser = CoreNlpStage.tokeniser();
        articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Document.of(Article.of(file.getFileName().toString(), LocalDate.of(2024, 1, 15),
                        Files.readString(file))));
            }
        }
        tokenised = articles.stream().map(tokeniser::tokensOnly).toList();
        filter.select(tokenised.get(0)); // the gazetteer loads on first use, outside the timings
    }

    @Benchmark
    public void filter(Blackhole out) {
        for (Document d : tokenised) {
            out.consume(filter.select(d));
        }
    }

    @Benchmark
    public void tokeniseAndFilter(Blackhole out) {
        for (Document d : articles) {
            out.consume(filter.select(tokeniser.tokensOnly(d)));
        }
    }
}
