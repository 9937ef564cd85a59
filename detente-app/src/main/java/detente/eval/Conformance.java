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

    /** Counts for one category (or all). */
    public record Tally(int records, int passed, int expected, int found, int coded) {

        Tally plus(Tally o) {
            return new Tally(records + o.records, passed + o.passed, expected + o.expected, found + o.found,
                    coded + o.coded);
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
        Tally tally = new Tally(1, passed ? 1 : 0, record.expected().size(), found.size(), coded.size());
        byCategory.merge(record.category(), tally, Tally::plus);
        Outcome outcome = new Outcome(record, Set.copyOf(coded), passed);
        outcomes.add(outcome);
        return outcome;
    }

    public Map<String, Tally> byCategory() {
        return new LinkedHashMap<>(byCategory);
    }

    public Tally total() {
        return byCategory.values().stream().reduce(new Tally(0, 0, 0, 0, 0), Tally::plus);
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }
}
