package detente.analysis;

import detente.actor.ActorTypes;
import detente.doc.Event;
import detente.doc.Participant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Events grouped by undirected dyad at country or group level ("IRN–TUR"), with cooperation (QuadClass 1–2)
 * against conflict (3–4) and the Goldstein sum.
 */
public final class DyadSummary {

    /** One dyad's totals. */
    public record Row(String a, String b, int events, int cooperation, int conflict, double goldstein) {
    }

    /** The CAMEO type codes, to recognise other coders' bare roles ({@code GOV} with no country). */
    private static final ActorTypes TYPES = ActorTypes.builtIn();

    private DyadSummary() {
    }

    /**
     * The level an actor is compared at: its group key, else its country, else its code; null for a role-only
     * actor ({@code ---GOV}). A named state body whose code is just its country and a role (the IRGC is IRNMIL,
     * the CIA USASPY) counts with its country.
     */
    public static String level(Participant p) {
        return level(p.code(), p.country(), p.group());
    }

    public static String level(String code, String country, String group) {
        if (TYPES.isRoleOnly(code, country, group)) {
            // A role with no country ("a senior official") names no one a dyad could be about.
            return null;
        }
        boolean stateBody = code != null && country != null && code.length() == 6 && code.startsWith(country);
        if (group != null && !stateBody) {
            return group;
        }
        return country != null ? country : code;
    }

    /** Rows for events that have both ends, busiest dyad first, ties by name. */
    public static List<Row> of(Collection<Event> events) {
        Map<String, double[]> totals = new TreeMap<>();
        for (Event e : events) {
            if (e.target() == null) {
                continue;
            }
            String a = level(e.source());
            String b = level(e.target());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            String key = a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a;
            double[] t = totals.computeIfAbsent(key, k -> new double[4]);
            t[0]++;
            if (e.quad() <= 2) {
                t[1]++;
            } else {
                t[2]++;
            }
            t[3] += e.goldstein();
        }
        List<Row> rows = new ArrayList<>();
        totals.forEach((key, t) -> {
            String[] pair = key.split("\t");
            rows.add(new Row(pair[0], pair[1], (int) t[0], (int) t[1], (int) t[2], Math.round(t[3] * 10) / 10.0));
        });
        rows.sort(Comparator.comparingInt(Row::events).reversed().thenComparing(Row::a).thenComparing(Row::b));
        return rows;
    }
}
