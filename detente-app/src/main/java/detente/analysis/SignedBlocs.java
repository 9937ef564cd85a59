package detente.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Alliance blocs: communities that maximise signed modularity (Gómez, Jensen and Arenas 2009; Traag and Bruggeman
 * 2009), {@code Q = Σ_same-bloc [(w⁺ij − k⁺i k⁺j / 2m⁺) − (w⁻ij − k⁻i k⁻j / 2m⁻)]}: cooperative ties inside a bloc
 * count for it, hostile ties inside a bloc count against it, each against what chance would give. Found by the
 * local-moving phase of Louvain: visit actors in name order, move each to the neighbouring bloc (or a new one)
 * that raises Q most, until no move does. Only blocs the actor's ties to are on balance cooperative are
 * candidates: the null model alone would pull an actor with many hostile ties into a bloc it is merely less hostile
 * to than chance. Deterministic. Blocs are numbered from 1, largest first.
 */
final class SignedBlocs {

    private static final double EPS = 1e-9;
    private static final int MAX_PASSES = 100;

    private SignedBlocs() {
    }

    /** Blocs of a signed graph given as name-ordered adjacency with signed weights. */
    static Map<String, Integer> of(Map<String, Map<String, Double>> adj) {
        List<String> nodes = new ArrayList<>(adj.keySet());
        Map<String, Double> kPos = new HashMap<>();
        Map<String, Double> kNeg = new HashMap<>();
        double twoMPos = 0;
        double twoMNeg = 0;
        for (String v : nodes) {
            double p = 0;
            double n = 0;
            for (double w : adj.get(v).values()) {
                if (w > 0) {
                    p += w;
                } else {
                    n -= w;
                }
            }
            kPos.put(v, p);
            kNeg.put(v, n);
            twoMPos += p;
            twoMNeg += n;
        }
        Map<String, Integer> bloc = new HashMap<>();
        Map<Integer, double[]> totals = new HashMap<>(); // bloc -> {sum k+, sum k-}
        Map<Integer, Integer> size = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            bloc.put(nodes.get(i), i);
            size.put(i, 1);
            totals.put(i, new double[] {kPos.get(nodes.get(i)), kNeg.get(nodes.get(i))});
        }
        int next = nodes.size();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean moved = false;
            for (String v : nodes) {
                int own = bloc.get(v);
                double[] ownTotals = totals.get(own);
                ownTotals[0] -= kPos.get(v);
                ownTotals[1] -= kNeg.get(v);
                Map<Integer, double[]> links = new TreeMap<>(); // bloc -> {w+ to it, w- to it}
                for (Map.Entry<String, Double> e : adj.get(v).entrySet()) {
                    double[] l = links.computeIfAbsent(bloc.get(e.getKey()), b -> new double[2]);
                    if (e.getValue() > 0) {
                        l[0] += e.getValue();
                    } else {
                        l[1] -= e.getValue();
                    }
                }
                links.computeIfAbsent(own, b -> new double[2]);
                int target = own;
                double bestGain = gain(links.get(own), ownTotals, kPos.get(v), kNeg.get(v), twoMPos, twoMNeg);
                for (Map.Entry<Integer, double[]> l : links.entrySet()) {
                    if (l.getValue()[0] <= l.getValue()[1]) {
                        continue; // never join a bloc the actor is, on balance, hostile to
                    }
                    double gain = gain(l.getValue(), totals.get(l.getKey()), kPos.get(v), kNeg.get(v), twoMPos,
                            twoMNeg);
                    if (gain > bestGain + EPS) {
                        target = l.getKey();
                        bestGain = gain;
                    }
                }
                if (bestGain < -EPS && size.get(own) > 1) { // better alone: a new bloc gains 0
                    target = next++;
                    totals.put(target, new double[2]);
                }
                totals.get(target)[0] += kPos.get(v);
                totals.get(target)[1] += kNeg.get(v);
                size.merge(own, -1, Integer::sum);
                size.merge(target, 1, Integer::sum);
                if (target != own) {
                    bloc.put(v, target);
                    moved = true;
                }
            }
            if (!moved) {
                break;
            }
        }
        return renumber(bloc);
    }

    /** Change in Q (up to a constant factor) from adding an actor to a bloc it has {@code links} to. */
    private static double gain(double[] links, double[] bloc, double kPos, double kNeg, double twoMPos,
                               double twoMNeg) {
        double pos = twoMPos > 0 ? links[0] - kPos * bloc[0] / twoMPos : 0;
        double neg = twoMNeg > 0 ? links[1] - kNeg * bloc[1] / twoMNeg : 0;
        return pos - neg;
    }

    private static Map<String, Integer> renumber(Map<String, Integer> bloc) {
        Map<Integer, TreeSet<String>> members = new HashMap<>();
        bloc.forEach((v, b) -> members.computeIfAbsent(b, x -> new TreeSet<>()).add(v));
        List<TreeSet<String>> ordered = new ArrayList<>(members.values());
        ordered.sort(Comparator.comparingInt((TreeSet<String> m) -> -m.size()).thenComparing(TreeSet::first));
        Map<String, Integer> out = new TreeMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            for (String v : ordered.get(i)) {
                out.put(v, i + 1);
            }
        }
        return out;
    }
}
