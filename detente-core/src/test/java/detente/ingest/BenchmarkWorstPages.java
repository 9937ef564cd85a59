package detente.ingest;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;

/** Development aid: prints the benchmark summary and the pages with the lowest F1. */
public final class BenchmarkWorstPages {

    private BenchmarkWorstPages() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = BenchmarkData.locate().orElseThrow(() -> new IllegalStateException("benchmark not found"));
        ContentExtractor extractor = new ContentExtractor();
        ExtractionReport report = new ExtractionEvaluation().evaluate(dir, extractor::extract);
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        report.pages().stream().sorted(Comparator.comparingDouble(ExtractionScore::f1)).limit(limit)
                .forEach(s -> System.out.printf(Locale.ROOT, "%s P=%.3f R=%.3f F1=%.3f%n", s.id(), s.precision(),
                        s.recall(), s.f1()));
        System.out.println(report.summary());
    }
}
