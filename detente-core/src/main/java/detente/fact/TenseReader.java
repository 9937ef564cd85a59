package detente.fact;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Token;

import java.util.Locale;
import java.util.Set;

/**
 * Whether the clause around a word speaks of the future ("will meet on Wednesday", "is due to visit in March")
 * or the past: the clause's verb and its auxiliaries decide. Used to pick the next rather than the last
 * Wednesday or November.
 */
final class TenseReader {

    enum Tense { PAST, FUTURE, UNKNOWN }

    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> FUTURE_HEADS = Set.of("due", "expect", "schedule", "plan", "set", "go");

    private final Document document;
    private final DependencyGraph graph;

    TenseReader(Document document, DependencyGraph graph) {
        this.document = document;
        this.graph = graph;
    }

    /** The tense of the clause that governs the token at {@code token}. */
    Tense at(int token) {
        int verb = ClauseHeads.clauseHead(graph, document, token);
        if (verb < 0) {
            return Tense.UNKNOWN;
        }
        for (int at = verb, hops = 0; at >= 0 && hops < 3; hops++) {
            for (int aux : graph.children(at, "aux", "aux:pass")) {
                if (FUTURE_AUX.contains(document.token(aux).lemma().toLowerCase(Locale.ROOT))
                        || FUTURE_AUX.contains(document.token(aux).text().toLowerCase(Locale.ROOT))) {
                    return Tense.FUTURE;
                }
            }
            String relation = graph.relation(at);
            int head = graph.head(at);
            if (relation.equals("xcomp") && head >= 0
                    && FUTURE_HEADS.contains(document.token(head).lemma().toLowerCase(Locale.ROOT))) {
                return Tense.FUTURE;
            }
            if (!relation.equals("xcomp") && !relation.equals("conj")) {
                break;
            }
            at = head;
        }
        Token v = document.token(verb);
        if (v.pos().equals("VBD") || v.pos().equals("VBN")) {
            return Tense.PAST;
        }
        return Tense.UNKNOWN;
    }
}
