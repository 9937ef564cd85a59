package detente.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * The signed, weighted actor graph of a window: nodes with their bloc (community on the signed graph, numbered from
 * 1 by size), edges weighted by net cooperation (cooperation minus conflict intensity; negative = hostile), the
 * structural balance (share of balanced among closed signed triads; 1 when there are none), the unbalanced triads
 * and the brokers. {@code triads} counts closed signed triads and {@code unbalanced} the unbalanced ones; the lists
 * hold at most 100 entries each: the most firmly observed unbalanced triads (by their weakest tie) and the
 * strongest brokers.
 */
public record ActorNetwork(List<Node> nodes, List<Edge> edges, double balance, List<List<String>> unbalancedTriads,
                           List<Broker> brokers, LocalDate from, LocalDate to, int triads, int unbalanced) {

    /** An actor, its bloc, whether it brokers some conflict, and its events in the window. */
    public record Node(String id, int bloc, boolean broker, int events) {
    }

    /**
     * An undirected tie ({@code a} before {@code b}): signed net weight, cooperative and conflictual event counts,
     * all events.
     */
    public record Edge(String a, String b, double weight, int cooperation, int conflict, int events) {

        public int sign() {
            return weight > 0 ? 1 : weight < 0 ? -1 : 0;
        }
    }

    public ActorNetwork {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        unbalancedTriads = List.copyOf(unbalancedTriads);
        brokers = List.copyOf(brokers);
    }
}
