package detente.event.reading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One multinomial logistic head of the learned reading: a weight per (feature, label) and a bias per label. Coding
 * only needs this dot product and a softmax, so the trained weights are read from a text file and no learning
 * library is loaded to code.
 */
public record LinearHead(String name, List<String> labels, double[] bias, Map<String, double[]> weights) {

    public LinearHead {
        labels = List.copyOf(labels);
        weights = Map.copyOf(weights);
        if (bias.length != labels.size()) {
            throw new IllegalArgumentException("head " + name + ": " + bias.length + " biases for " + labels.size()
                    + " labels");
        }
    }

    /** A feature's pull towards a label, for explanations. */
    public record Contribution(String feature, double weight) {
    }

    /** The probability of each label (in {@link #labels()} order) given the features present. */
    public double[] probabilities(Collection<String> features) {
        double[] z = bias.clone();
        for (String f : features) {
            double[] w = weights.get(f);
            if (w != null) {
                for (int i = 0; i < z.length; i++) {
                    z[i] += w[i];
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.exp(z[i] - max);
            sum += z[i];
        }
        for (int i = 0; i < z.length; i++) {
            z[i] /= sum;
        }
        return z;
    }

    public double probability(Collection<String> features, String label) {
        int i = labels.indexOf(label);
        return i < 0 ? 0 : probabilities(features)[i];
    }

    /** The features that pulled most towards {@code label}, strongest first. */
    public List<Contribution> strongest(Collection<String> features, String label, int limit) {
        int i = labels.indexOf(label);
        List<Contribution> out = new ArrayList<>();
        if (i < 0) {
            return out;
        }
        for (String f : features) {
            double[] w = weights.get(f);
            if (w != null && w[i] > 0) {
                out.add(new Contribution(f, w[i]));
            }
        }
        out.sort(Comparator.comparingDouble(Contribution::weight).reversed().thenComparing(Contribution::feature));
        return out.subList(0, Math.min(limit, out.size()));
    }
}
