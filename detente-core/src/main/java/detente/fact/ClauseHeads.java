package detente.fact;

import detente.doc.DependencyGraph;
import detente.doc.Document;

/**
 * The clause a word belongs to, read from the dependency tree: the nearest verb (or root) above it. Two words
 * with the same clause head belong to one clause; this is how a time expression or a place is tied to an event.
 */
final class ClauseHeads {

    private ClauseHeads() {
    }

    /** The nearest verb at or above {@code token} on the head chain, or the root of its sentence; -1 if unparsed. */
    static int clauseHead(DependencyGraph graph, Document document, int token) {
        int at = token;
        for (int hops = 0; hops < 12 && at >= 0; hops++) {
            if (document.token(at).isVerb() && hops > 0 || document.token(at).isVerb() && isClausal(graph, at)) {
                return at;
            }
            int head = graph.head(at);
            if (head < 0) {
                return at;
            }
            at = head;
        }
        return -1;
    }

    private static boolean isClausal(DependencyGraph graph, int token) {
        String relation = graph.relation(token);
        return !relation.equals("amod") && !relation.startsWith("acl");
    }

    /** The head of the span {@code [first, end)}: its token whose head lies outside it. */
    static int spanHead(DependencyGraph graph, int first, int end) {
        for (int t = first; t < end; t++) {
            int head = graph.head(t);
            if (head < first || head >= end) {
                return t;
            }
        }
        return end - 1;
    }
}
