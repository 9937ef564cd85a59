package detente.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Measures extraction throughput (pages/s, median of several runs) on the benchmark's pages: run its main. */
public final class ExtractionThroughput {

    private ExtractionThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = BenchmarkData.locate().orElseThrow(() -> new IllegalStateException("benchmark not found"));
        List<String> pages = new ArrayList<>();
        for (String id : ExtractionEvaluation.groundTruth(dir).keySet()) {
            pages.add(ExtractionEvaluation.readPage(dir, id));
        }
        HtmlArticleParser parser = new HtmlArticleParser();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        double[] rates = new double[runs];
        for (int warmup = 0; warmup < 2; warmup++) {
            extractAll(parser, pages);
        }
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            extractAll(parser, pages);
            rates[run] = pages.size() / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "%d pages, %d runs: median %.1f pages/s (min %.1f, max %.1f), one thread%n",
                pages.size(), runs, rates[runs / 2], rates[0], rates[runs - 1]);
    }

    private static void extractAll(HtmlArticleParser parser, List<String> pages) {
        for (String html : pages) {
            try {
                parser.parse("page", html, null);
            } catch (IngestException e) {
                // a page without text still counts as processed
            }
        }
    }
}
