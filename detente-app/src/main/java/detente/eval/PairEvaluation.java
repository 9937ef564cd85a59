package detente.eval;

import detente.doc.Event;
import detente.doc.Participant;
import detente.event.reading.EventTypes;
import detente.train.LabelledSentence;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Scores the coder on sentences with a marked source and target and the PLOVER type of what the source does to
 * the target: the pair's type is that of the most confident event whose source overlaps the marked source and
 * whose target overlaps the marked target; with no such event the pair is uncoded and counts as wrong.
 */
public final class PairEvaluation {

    private PairEvaluation() {
    }

    /** One pair: gold type, the coded type (null: no event for the pair), its rule and confidence. */
    public record Item(String origin, String text, String gold, String predicted, double confidence, String rule) {
        public boolean correct() {
            return gold.equals(predicted);
        }

        Item above(double threshold) {
            return rule != null && rule.startsWith("model:") && confidence < threshold
                    ? new Item(origin, text, gold, null, 0, null) : this;
        }
    }

    /** The item for a marked pair; an unmarked (null) source or target matches any. */
    public static Item item(String origin, String text, LabelledSentence.Pair pair, List<Event> events) {
        LabelledSentence.CharSpan source = pair.source();
        LabelledSentence.CharSpan target = pair.target();
        String gold = pair.type();
        Event best = events.stream()
                .filter(e -> (source == null || overlaps(e.source(), source.start(), source.end()))
                        && (target == null || e.target() != null && overlaps(e.target(), target.start(), target.end())))
                .max(Comparator.comparingDouble(Event::confidence)).orElse(null);
        return best == null ? new Item(origin, text, gold, null, 0, null)
                : new Item(origin, text, gold, EventTypes.of(best), best.confidence(), best.rule());
    }

    private static boolean overlaps(Participant p, int start, int end) {
        return p.start() < end && start < p.end();
    }

    public record Score(List<Item> items) {
        public int total() {
            return items.size();
        }

        public int correct() {
            return count(Item::correct);
        }

        public int coded() {
            return count(i -> i.predicted() != null);
        }

        public double accuracy() {
            return ClassEvaluation.ratio(correct(), total());
        }

        public double precision() {
            return ClassEvaluation.ratio(correct(), coded());
        }

        public int count(Predicate<Item> p) {
            return (int) items.stream().filter(p).count();
        }

        public Score above(double threshold) {
            return new Score(items.stream().map(i -> i.above(threshold)).toList());
        }
    }

    public static void print(Score s, PrintWriter out, boolean verbose) {
        if (verbose) {
            for (Item i : s.items()) {
                out.printf(Locale.ROOT, "%s %-22s gold %-9s got %-9s %-30s %s%n", i.correct() ? "ok  " : "MISS",
                        i.origin(), i.gold(), i.predicted() == null ? "-" : i.predicted(),
                        i.rule() == null ? "" : i.rule(), i.text());
            }
        }
        out.printf(Locale.ROOT, "pairs: %d, right type %.3f; a coded event for the pair in %d (%.1f%%), type right"
                        + " in %.1f%% of those%n", s.total(), s.accuracy(), s.coded(),
                100.0 * ClassEvaluation.ratio(s.coded(), s.total()), 100 * s.precision());
        Map<String, int[]> perType = new TreeMap<>();
        TreeSet<String> types = new TreeSet<>();
        for (Item i : s.items()) {
            types.add(i.gold());
            if (i.predicted() != null) {
                types.add(i.predicted());
            }
        }
        for (String t : types) {
            int tp = s.count(i -> i.gold().equals(t) && t.equals(i.predicted()));
            int predicted = s.count(i -> t.equals(i.predicted()));
            int gold = s.count(i -> i.gold().equals(t));
            perType.put(t, new int[] {tp, predicted, gold});
        }
        out.println("  type         precision  recall     F1   gold");
        perType.forEach((t, c) -> {
            double p = ClassEvaluation.ratio(c[0], c[1]);
            double r = ClassEvaluation.ratio(c[0], c[2]);
            out.printf(Locale.ROOT, "  %-12s %9.3f %7.3f %6.3f %6d%n", t, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r),
                    c[2]);
        });
        out.println("  confusion (gold -> coded: count), most frequent first:");
        Map<String, Integer> confusion = new TreeMap<>();
        for (Item i : s.items()) {
            if (!i.correct()) {
                confusion.merge(i.gold() + " -> " + (i.predicted() == null ? "-" : i.predicted()), 1, Integer::sum);
            }
        }
        confusion.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey())).limit(15)
                .forEach(e -> out.printf(Locale.ROOT, "    %-26s %4d%n", e.getKey(), e.getValue()));
        out.printf(Locale.ROOT, "%d passed, %d failed%n", s.correct(), s.total() - s.correct());
    }
}
