package detente.eval;

import detente.doc.Event;
import detente.doc.Mention;
import detente.event.reading.LearnedReading;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Scores the coder on five-class sentences (0 statement, 1 verbal cooperation, 2 material cooperation, 3 verbal
 * conflict, 4 material conflict): a sentence's class is that of its most confident event; a sentence with no event
 * is uncoded and counts as wrong.
 */
public final class ClassEvaluation {

    public static final int CLASSES = 5;
    private static final String[] NAMES = {"statement", "verbal coop", "material coop", "verbal conflict",
            "material conflict"};

    private ClassEvaluation() {
    }

    /**
     * One sentence: its gold class and what was coded (-1: nothing), by which rule and how surely, and how many
     * distinct known actors the sentence names (what an event needs).
     */
    public record Item(String origin, String text, int gold, int predicted, double confidence, String rule,
                       int actors) {
        public boolean correct() {
            return predicted == gold;
        }

        /** The same item as a stricter threshold on the reading's events would leave it. */
        Item above(double threshold) {
            return rule != null && rule.startsWith("model:") && confidence < threshold
                    ? new Item(origin, text, gold, -1, 0, null, actors) : this;
        }
    }

    public static Item item(String origin, String text, int gold, List<Event> events, List<Mention> mentions) {
        Event best = events.stream().max(Comparator.comparingDouble(Event::confidence)).orElse(null);
        int actors = (int) mentions.stream().map(m -> m.actor().code()).filter(Objects::nonNull).distinct().count();
        return best == null ? new Item(origin, text, gold, -1, 0, null, actors)
                : new Item(origin, text, gold, LearnedReading.classOf(best.cameo()), best.confidence(), best.rule(),
                actors);
    }

    /** Accuracy over all sentences, and how the coded ones split. */
    public record Score(List<Item> items) {
        public int total() {
            return items.size();
        }

        public int correct() {
            return count(Item::correct);
        }

        public int coded() {
            return count(i -> i.predicted() >= 0);
        }

        public double accuracy() {
            return ratio(correct(), total());
        }

        public double coverage() {
            return ratio(coded(), total());
        }

        /** Of the coded sentences, the share whose class is right. */
        public double precision() {
            return ratio(correct(), coded());
        }

        public int count(Predicate<Item> p) {
            return (int) items.stream().filter(p).count();
        }

        public Score above(double threshold) {
            return new Score(items.stream().map(i -> i.above(threshold)).toList());
        }

        public Score coded(String rulePrefix) {
            return new Score(items.stream().filter(i -> i.rule() != null && i.rule().startsWith(rulePrefix)).toList());
        }
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    public static void print(Score s, PrintWriter out, boolean verbose) {
        if (verbose) {
            for (Item i : s.items()) {
                out.printf(Locale.ROOT, "%s %-28s gold %d got %-2s actors %d %-30s %s%n", i.correct() ? "ok  " : "MISS",
                        i.origin(), i.gold(), i.predicted() < 0 ? "-" : String.valueOf(i.predicted()), i.actors(),
                        i.rule() == null ? "" : i.rule(), i.text());
            }
        }
        out.printf(Locale.ROOT, "five-class: %d sentences, accuracy %.3f; coded %d (%.1f%%), class right in %.1f%% of"
                        + " those%n", s.total(), s.accuracy(), s.coded(), 100 * s.coverage(), 100 * s.precision());
        Score patterns = new Score(s.items().stream().filter(i -> i.rule() != null && !i.rule().startsWith("model:"))
                .toList());
        Score model = s.coded("model:");
        out.printf(Locale.ROOT, "  uncoded: %d name no known actor, %d one, %d two or more%n",
                s.count(i -> i.predicted() < 0 && i.actors() == 0), s.count(i -> i.predicted() < 0 && i.actors() == 1),
                s.count(i -> i.predicted() < 0 && i.actors() >= 2));
        out.printf(Locale.ROOT, "  by patterns: %d coded, %.1f%% right; by the model: %d coded, %.1f%% right%n",
                patterns.total(), 100 * patterns.accuracy(), model.total(), 100 * model.accuracy());
        out.println("  class                 precision  recall     F1   gold");
        for (int c = 0; c < CLASSES; c++) {
            int cc = c;
            int tp = s.count(i -> i.gold() == cc && i.predicted() == cc);
            int predicted = s.count(i -> i.predicted() == cc);
            int gold = s.count(i -> i.gold() == cc);
            double p = ratio(tp, predicted);
            double r = ratio(tp, gold);
            out.printf(Locale.ROOT, "  %d %-19s %9.3f %7.3f %6.3f %6d%n", c, NAMES[c], p, r,
                    p + r == 0 ? 0 : 2 * p * r / (p + r), gold);
        }
        out.println("  confusion (rows gold, columns coded; - uncoded):");
        out.println("          0     1     2     3     4     -");
        for (int g = 0; g < CLASSES; g++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %d ", g));
            for (int p = -0; p <= CLASSES; p++) {
                int gg = g;
                int pp = p == CLASSES ? -1 : p;
                row.append(String.format(Locale.ROOT, "%6d", s.count(i -> i.gold() == gg && i.predicted() == pp)));
            }
            out.println(row);
        }
        out.printf(Locale.ROOT, "%d passed, %d failed%n", s.correct(), s.total() - s.correct());
    }
}
