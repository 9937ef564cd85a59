package detente.eval;

import detente.eval.PetrarchRecords.Coding;
import detente.eval.PetrarchRecords.Record;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores codings against validation records: a record passes when its coded set equals the expected set;
 * codings count as found (true positives), expected and coded, per category and overall.
 */
public final class Conformance {

    /**
     * Counts for one category (or all).
     *
     * @param near expected codings matched leniently: same two-digit root and the same first three letters of
     *             each actor code (the country or bloc), for dictionaries whose codes differ in detail
     */
    public record Tally(int records, int passed, int expected, int found, int coded, int near) {

        Tally plus(Tally o) {
            return new Tally(records + o.records, passed + o.passed, expected + o.expected, found + o.found,
                    coded + o.coded, near + o.near);
        }

        public double nearRecall() {
            return expected == 0 ? 0 : (double) near / expected;
        }

        public double passRate() {
            return records == 0 ? 0 : (double) passed / records;
        }

        public double precision() {
            return coded == 0 ? 0 : (double) found / coded;
        }

        public double recall() {
            return expected == 0 ? 0 : (double) found / expected;
        }
    }

    /** One record's outcome. */
    public record Outcome(Record record, Set<Coding> coded, boolean passed) {
    }

    private final Map<String, Tally> byCategory = new TreeMap<>();
    private final List<Outcome> outcomes = new ArrayList<>();

    public Outcome add(Record record, Set<Coding> coded) {
        Set<Coding> found = new HashSet<>(coded);
        found.retainAll(record.expected());
        boolean passed = coded.equals(record.expected());
        int near = (int) record.expected().stream().filter(e -> coded.stream().anyMatch(c -> near(e, c))).count();
        Tally tally = new Tally(1, passed ? 1 : 0, record.expected().size(), found.size(), coded.size(), near);
        byCategory.merge(record.category(), tally, Tally::plus);
        // In the coder's order, so a failure prints the same way every run (Set.copyOf's order varies by run).
        Outcome outcome = new Outcome(record, java.util.Collections.unmodifiableSet(
                new java.util.LinkedHashSet<>(coded)), passed);
        outcomes.add(outcome);
        return outcome;
    }

    /** Same root and the same first three letters of source and target codes. */
    static boolean near(Coding expected, Coding coded) {
        return prefix(expected.code(), 2).equals(prefix(coded.code(), 2))
                && prefix(expected.source(), 3).equals(prefix(coded.source(), 3))
                && prefix(expected.target(), 3).equals(prefix(coded.target(), 3));
    }

    private static String prefix(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    public Map<String, Tally> byCategory() {
        return new LinkedHashMap<>(byCategory);
    }

    public Tally total() {
        return byCategory.values().stream().reduce(new Tally(0, 0, 0, 0, 0, 0), Tally::plus);
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }
}
