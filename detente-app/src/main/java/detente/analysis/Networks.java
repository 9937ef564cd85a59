package detente.analysis;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The signed actor network of a window. DuckDB aggregates undirected pairs at a level; a JGraphT graph holds
 * the signed weights (cooperation minus conflict intensity); blocs come from {@link SignedBlocs}, balance from the
 * closed triads and brokers from the hostile edges.
 */
final class Networks {

    private Networks() {
    }

    static ActorNetwork empty(LocalDate from, LocalDate to) {
        return new ActorNetwork(List.of(), List.of(), 1, List.of(), List.of(), from, to, 0);
    }

    static ActorNetwork of(Connection c, LocalDate from, LocalDate to, ActorLevel level) {
        String s = level.sql("source");
        String t = level.sql("target");
        String sql = "SELECT a, b, count(*), count(*) FILTER (WHERE quad <= 2), count(*) FILTER (WHERE quad >= 3),"
                + " coalesce(sum(w) FILTER (WHERE quad <= 2), 0) - coalesce(sum(w) FILTER (WHERE quad >= 3), 0)"
                + " FROM (SELECT least(" + s + ", " + t + ") AS a, greatest(" + s + ", " + t + ") AS b, quad, "
                + Tension.INTENSITY + " AS w FROM events WHERE date BETWEEN ? AND ? AND target_key IS NOT NULL)"
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
        Map<String, Integer> blocs = SignedBlocs.of(g);
        List<List<String>> unbalanced = new ArrayList<>();
        int triads = triads(g, unbalanced);
        List<Broker> brokers = brokers(g);
        TreeSet<String> brokerIds = new TreeSet<>();
        brokers.forEach(b -> brokerIds.add(b.actor()));
        List<ActorNetwork.Node> nodes = new ArrayList<>();
        events.forEach((id, n) -> nodes.add(new ActorNetwork.Node(id, blocs.get(id), brokerIds.contains(id), n)));
        double balance = triads == 0 ? 1 : Tension.round((triads - unbalanced.size()) / (double) triads);
        return new ActorNetwork(nodes, edges, balance, unbalanced, brokers, from, to, triads);
    }

    /** Counts closed signed triads (a < b < c by name) and collects the unbalanced ones (odd number of hostile ties). */
    private static int triads(Graph<String, DefaultWeightedEdge> g, List<List<String>> unbalanced) {
        int count = 0;
        List<String> vertices = new ArrayList<>(new TreeSet<>(g.vertexSet()));
        for (String a : vertices) {
            List<String> higher = Graphs.neighborListOf(g, a).stream().filter(x -> x.compareTo(a) > 0).sorted().toList();
            for (int i = 0; i < higher.size(); i++) {
                for (int j = i + 1; j < higher.size(); j++) {
                    String b = higher.get(i);
                    String c = higher.get(j);
                    DefaultWeightedEdge bc = g.getEdge(b, c);
                    if (bc == null) {
                        continue;
                    }
                    count++;
                    double sign = Math.signum(weight(g, a, b)) * Math.signum(weight(g, a, c))
                            * Math.signum(g.getEdgeWeight(bc));
                    if (sign < 0) {
                        unbalanced.add(List.of(a, b, c));
                    }
                }
            }
        }
        return count;
    }

    /** For every hostile tie, the actors with cooperative ties to both ends; strongest first. */
    private static List<Broker> brokers(Graph<String, DefaultWeightedEdge> g) {
        List<Broker> out = new ArrayList<>();
        for (DefaultWeightedEdge e : g.edgeSet()) {
            if (g.getEdgeWeight(e) >= 0) {
                continue;
            }
            String a = g.getEdgeSource(e);
            String b = g.getEdgeTarget(e);
            if (a.compareTo(b) > 0) {
                String x = a;
                a = b;
                b = x;
            }
            for (String m : Graphs.neighborListOf(g, a)) {
                if (m.equals(b) || !g.containsEdge(m, b)) {
                    continue;
                }
                double wa = weight(g, m, a);
                double wb = weight(g, m, b);
                if (wa > 0 && wb > 0) {
                    out.add(new Broker(m, a, b, Tension.round(Math.min(wa, wb))));
                }
            }
        }
        out.sort(Comparator.comparingDouble((Broker b) -> -b.score()).thenComparing(Broker::actor)
                .thenComparing(Broker::sideA).thenComparing(Broker::sideB));
        return out;
    }

    static double weight(Graph<String, DefaultWeightedEdge> g, String a, String b) {
        DefaultWeightedEdge e = g.getEdge(a, b);
        return e == null ? 0 : g.getEdgeWeight(e);
    }

    /** Adjacency as sorted maps, for deterministic iteration. */
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
