package detente.ingest;

/**
 * Agreement of one extracted text with its ground truth, as shares of matching shingles (normalised so that long
 * pages weigh no more than short ones).
 *
 * @param truePositives  share of shingles in both texts
 * @param falsePositives share of shingles only in the extracted text
 * @param falseNegatives share of shingles only in the ground truth
 */
public record ExtractionScore(String id, double truePositives, double falsePositives, double falseNegatives) {

    /** Precision as the benchmark defines it: 1 when both texts are empty, 0 when nothing matches. */
    public double precision() {
        if (falsePositives == 0 && falseNegatives == 0) {
            return 1;
        }
        if (truePositives == 0 && falsePositives == 0) {
            return 0;
        }
        return truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        if (falsePositives == 0 && falseNegatives == 0) {
            return 1;
        }
        if (truePositives == 0 && falseNegatives == 0) {
            return 0;
        }
        return truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Whether precision counts towards the mean (the benchmark skips pages with nothing predicted). */
    boolean hasPrediction() {
        return truePositives + falsePositives > 0;
    }

    /** Whether recall counts towards the mean (the benchmark skips pages with an empty ground truth). */
    boolean hasTruth() {
        return truePositives + falseNegatives > 0;
    }
}
