package detente.doc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fast navigation over a document's dependency edges: each token's head edge and its child edges. A document
 * builds its own once ({@link Document#graph()}); two graphs of the same edges are equal.
 */
public final class DependencyGraph {

    private final Dependency[] headEdge;
    private final List<List<Dependency>> children;

    /** The graph of {@code dependencies} over {@code tokenCount} tokens (edges outside them are ignored). */
    DependencyGraph(int tokenCount, List<Dependency> dependencies) {
        int n = tokenCount;
        headEdge = new Dependency[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>(2));
        }
        for (Dependency d : dependencies) {
            if (d.dependent() >= 0 && d.dependent() < n) {
                if (headEdge[d.dependent()] == null || d.head() == Dependency.ROOT) {
                    headEdge[d.dependent()] = d;
                }
                if (d.head() >= 0 && d.head() < n) {
                    children.get(d.head()).add(d);
                }
            }
        }
    }

    /** The edge from a token to its head, or null for tokens outside any parse. */
    public Dependency headEdge(int token) {
        return headEdge[token];
    }

    /** The head token, or -1 for the root. */
    public int head(int token) {
        Dependency d = headEdge[token];
        return d == null ? Dependency.ROOT : d.head();
    }

    public String relation(int token) {
        Dependency d = headEdge[token];
        return d == null ? "" : d.relation();
    }

    public List<Dependency> children(int token) {
        return children.get(token);
    }

    /** Children whose relation equals {@code relation} or has it as base ({@code obl} matches {@code obl:on}). */
    public List<Integer> children(int token, String... relations) {
        List<Integer> out = new ArrayList<>(2);
        for (Dependency d : children.get(token)) {
            if (Arrays.asList(relations).contains(d.relation()) || Arrays.asList(relations).contains(d.baseRelation())) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** Tokens joined to this one by {@code conj} ("Iran and Turkey": Turkey for Iran). */
    public List<Integer> conjuncts(int token) {
        return children(token, "conj");
    }

    /** How far {@link #pathToRoot} walks: deeper than any sentence's tree, and a guard against a bad parse. */
    private static final int MAX_DEPTH = 40;

    /** The token, its head, its head's head and so on up to the root (at most 40 tokens, never a token twice). */
    public List<Integer> pathToRoot(int token) {
        List<Integer> out = new ArrayList<>();
        for (int x = token; x >= 0 && out.size() < MAX_DEPTH && !out.contains(x); x = head(x)) {
            out.add(x);
        }
        return out;
    }

    /** The token of the span {@code [first, end)} whose head lies outside it: the one that carries its role. */
    public int headOf(int first, int end) {
        for (int t = first; t < end; t++) {
            int head = head(t);
            if (head < first || head >= end) {
                return t;
            }
        }
        return end - 1;
    }

    /** True when the token is a clause's subject, active or passive. */
    public boolean isSubject(int token) {
        String relation = relation(token);
        return relation.equals("nsubj") || relation.equals("nsubj:pass");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DependencyGraph other && Arrays.equals(headEdge, other.headEdge)
                && children.equals(other.children);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(headEdge);
    }
}
