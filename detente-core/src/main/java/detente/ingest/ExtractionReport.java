package detente.ingest;

import java.util.List;
import java.util.Locale;

/**
 * Scores of an extractor over a benchmark. {@link #f1()} is the harmonic mean of mean precision and mean recall,
 * which is the headline number of the article-extraction-benchmark; {@link #meanPageF1()} averages per-page F1.
 */
public record ExtractionReport(List<ExtractionScore> pages) {

    public ExtractionReport {
        pages = List.copyOf(pages);
    }

    public int count() {
        return pages.size();
    }

    public double precision() {
        return pages.stream().filter(ExtractionScore::hasPrediction).mapToDouble(ExtractionScore::precision)
                .average().orElse(0);
    }

    public double recall() {
        return pages.stream().filter(ExtractionScore::hasTruth).mapToDouble(ExtractionScore::recall)
                .average().orElse(0);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double meanPageF1() {
        return pages.stream().mapToDouble(ExtractionScore::f1).average().orElse(0);
    }

    /** One line: "pages=181 P=0.951 R=0.970 F1=0.960 meanPageF1=0.949". */
    public String summary() {
        return String.format(Locale.ROOT, "pages=%d P=%.3f R=%.3f F1=%.3f meanPageF1=%.3f", count(), precision(),
                recall(), f1(), meanPageF1());
    }
}
