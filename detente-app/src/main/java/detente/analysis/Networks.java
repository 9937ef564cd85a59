package detente.analysis;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * The signed actor network of a window. DuckDB aggregates undirected pairs at a level; a JGraphT graph holds
 * the signed weights (cooperation minus conflict intensity); blocs come from {@link SignedBlocs}, balance from the
 * closed triads and brokers from the hostile edges.
 */
final class Networks {

    /** At most this many brokers and unbalanced triads are listed (all are counted). */
    static final int MAX_LISTED = 100;

    private Networks() {
    }

    static ActorNetwork empty(LocalDate from, LocalDate to) {
        return new ActorNetwork(List.of(), List.of(), 1, List.of(), List.of(), from, to, 0, 0);
    }

    static ActorNetwork of(Connection c, LocalDate from, LocalDate to, ActorLevel level) {
        String s = level.sql("source");
        String t = level.sql("target");
        String sql = "SELECT a, b, count(*), count(*) FILTER (WHERE quad <= 2), count(*) FILTER (WHERE quad >= 3),"
                + " coalesce(sum(w) FILTER (WHERE quad <= 2), 0) - coalesce(sum(w) FILTER (WHERE quad >= 3), 0)"
                + " FROM (SELECT least(" + s + ", " + t + ") AS a, greatest(" + s + ", " + t + ") AS b, quad, "
                + Tension.INTENSITY + " AS w FROM events WHERE date BETWEEN ? AND ? AND " + ActorLevel.BOTH_NAMED + ")"
                + " WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b GROUP BY a, b ORDER BY a, b";
        List<ActorNetwork.Edge> edges = Sql.query(c, sql, List.of(from, to), r -> new ActorNetwork.Edge(
                r.getString(1), r.getString(2), Tension.round(r.getDouble(6)), r.getInt(4), r.getInt(5), r.getInt(3)));
        return of(edges, from, to);
    }

    /** The network of given edges (tests build these directly). */
    static ActorNetwork of(List<ActorNetwork.Edge> edges, LocalDate from, LocalDate to) {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Map<String, Integer> events = new TreeMap<>();
        for (ActorNetwork.Edge e : edges) {
            g.addVertex(e.a());
            g.addVertex(e.b());
            events.merge(e.a(), e.events(), Integer::sum);
            events.merge(e.b(), e.events(), Integer::sum);
            if (e.weight() != 0) {
                g.setEdgeWeight(g.addEdge(e.a(), e.b()), e.weight());
            }
        }
        Map<String, Map<String, Double>> adj = adjacency(g);
        Map<String, Integer> blocs = SignedBlocs.of(adj);
        PriorityQueue<Triad> unbalanced = new PriorityQueue<>(Triad.WEAKEST_FIRST);
        int[] counts = triads(adj, unbalanced);
        Set<String> brokerIds = new HashSet<>();
        List<Broker> brokers = brokers(adj, brokerIds);
        List<ActorNetwork.Node> nodes = new ArrayList<>();
        events.forEach((id, n) -> nodes.add(new ActorNetwork.Node(id, blocs.get(id), brokerIds.contains(id), n)));
        List<Triad> listed = new ArrayList<>(unbalanced);
        listed.sort(Triad.WEAKEST_FIRST.reversed());
        double balance = counts[0] == 0 ? 1 : Tension.round((counts[0] - counts[1]) / (double) counts[0]);
        return new ActorNetwork(nodes, edges, balance, listed.stream().map(Triad::actors).toList(),
                brokers, from, to, counts[0],
                counts[1]);
    }

    /** A closed triad and the weakest of its three ties (how firmly it is observed). */
    private record Triad(List<String> actors, double strength) {
        static final Comparator<Triad> WEAKEST_FIRST = Comparator.comparingDouble(Triad::strength)
                .thenComparing(t -> String.join(" ", t.actors()), Comparator.reverseOrder());
    }

    /**
     * Counts closed signed triads and unbalanced ones (an odd number of hostile ties), keeping the
     * {@value #MAX_LISTED} most firmly observed unbalanced triads; returns {closed, unbalanced}.
     */
    private static int[] triads(Map<String, Map<String, Double>> adj, PriorityQueue<Triad> keep) {
        int closed = 0;
        int unbalanced = 0;
        for (Map.Entry<String, Map<String, Double>> va : adj.entrySet()) {
            String a = va.getKey();
            List<String> higher = new ArrayList<>();
            for (String x : va.getValue().keySet()) {
                if (x.compareTo(a) > 0) {
                    higher.add(x);
                }
            }
            Collections.sort(higher);
            for (int i = 0; i < higher.size(); i++) {
                String b = higher.get(i);
                Map<String, Double> nb = adj.get(b);
                double ab = va.getValue().get(b);
                for (int j = i + 1; j < higher.size(); j++) {
                    String c = higher.get(j);
                    Double bc = nb.get(c);
                    if (bc == null) {
                        continue;
                    }
                    closed++;
                    double ac = va.getValue().get(c);
                    if (ab * ac * bc < 0) {
                        unbalanced++;
                        keep.add(new Triad(List.of(a, b, c), Math.min(Math.abs(ab), Math.min(Math.abs(ac),
                                Math.abs(bc)))));
                        if (keep.size() > MAX_LISTED) {
                            keep.poll();
                        }
                    }
                }
            }
        }
        return new int[] {closed, unbalanced};
    }

    /**
     * For every hostile tie, the actors with cooperative ties to both ends: adds every broker's name to
     * {@code all} and returns the {@value #MAX_LISTED} strongest, strongest first.
     */
    private static List<Broker> brokers(Map<String, Map<String, Double>> adj, Set<String> all) {
        Comparator<Broker> order = Comparator.comparingDouble((Broker b) -> -b.score()).thenComparing(Broker::actor)
                .thenComparing(Broker::sideA).thenComparing(Broker::sideB);
        PriorityQueue<Broker> top = new PriorityQueue<>(order.reversed());
        for (Map.Entry<String, Map<String, Double>> va : adj.entrySet()) {
            String a = va.getKey();
            for (Map.Entry<String, Double> vb : va.getValue().entrySet()) {
                String b = vb.getKey();
                if (vb.getValue() >= 0 || b.compareTo(a) < 0) {
                    continue;
                }
                Map<String, Double> nb = adj.get(b);
                for (Map.Entry<String, Double> m : va.getValue().entrySet()) {
                    Double wb = nb.get(m.getKey());
                    if (m.getValue() > 0 && wb != null && wb > 0) {
                        all.add(m.getKey());
                        top.add(new Broker(m.getKey(), a, b, Tension.round(Math.min(m.getValue(), wb))));
                        if (top.size() > MAX_LISTED) {
                            top.poll();
                        }
                    }
                }
            }
        }
        List<Broker> out = new ArrayList<>(top);
        out.sort(order);
        return out;
    }

    /** Adjacency with signed weights, in name order for deterministic iteration. */
    static Map<String, Map<String, Double>> adjacency(Graph<String, DefaultWeightedEdge> g) {
        Map<String, Map<String, Double>> adj = new TreeMap<>();
        for (String v : g.vertexSet()) {
            adj.put(v, new TreeMap<>());
        }
        for (DefaultWeightedEdge e : g.edgeSet()) {
            String a = g.getEdgeSource(e);
            String b = g.getEdgeTarget(e);
            double w = g.getEdgeWeight(e);
            adj.get(a).put(b, w);
            adj.get(b).put(a, w);
        }
        return adj;
    }
}
