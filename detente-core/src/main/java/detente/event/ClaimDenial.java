package detente.event;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.event.ContextWords.WordClass;

import java.util.List;
import java.util.Set;

/**
 * A claim that its speaker denies or ridicules: "Iran denied that it had attacked the tanker", "dismissed claims
 * that it had bombed Syria", "described the idea that the U.S. is training ISIS as absurd". What the claim says
 * did not happen as far as the text tells; the coder codes the denial, never the claimed act.
 */
final class ClaimDenial {

    /**
     * @param verb    the word that denies: the verb ("denied", "described") or the judging word ("... is false")
     * @param speaker the tokens of who denies it (the verb's subject), empty when the text does not say
     */
    record Denial(int verb, List<Integer> speaker, String reason) {
    }

    private static final Set<String> CLAUSE = Set.of("ccomp", "xcomp", "advcl");
    private static final Set<String> CLAIM_CLAUSE = Set.of("acl", "ccomp", "appos", "dep", "acl:relcl");

    private final Document document;
    private final DependencyGraph graph;
    private final ContextWords words;

    ClaimDenial(Document document, DependencyGraph graph, ContextWords words) {
        this.document = document;
        this.graph = graph;
        this.words = words;
    }

    /** The denial of the claim that holds {@code trigger}, or null when its clause is not denied. */
    Denial of(int trigger) {
        int token = trigger;
        for (int hops = 0; hops < 4; hops++) {
            int head = graph.head(token);
            if (head < 0) {
                return null;
            }
            String rel = graph.relation(token);
            if (CLAUSE.contains(rel) && is(WordClass.DENY, head)) {
                return new Denial(head, graph.children(head, "nsubj"), "denied by '" + text(head) + "'");
            }
            if ((CLAIM_CLAUSE.contains(rel) || rel.startsWith("acl")) && is(WordClass.CLAIM, head)) {
                return judged(head, token);
            }
            if (!rel.equals("conj") && !rel.equals("xcomp")) {
                return null;
            }
            token = head;
        }
        return null;
    }

    /** "dismissed claims that ...", "called the idea that ... absurd", "the claim that ... is false". */
    private Denial judged(int claim, int clause) {
        for (int amod : graph.children(claim, "amod")) {
            if (is(WordClass.UNTRUE, amod)) {
                return new Denial(amod, speakerOf(claim), "a claim called '" + text(amod) + "'");
            }
        }
        int verb = graph.head(claim);
        if (verb < 0) {
            return null;
        }
        String rel = graph.relation(claim);
        boolean object = rel.equals("obj") || rel.equals("nsubj:pass") || rel.startsWith("obl");
        if (object && is(WordClass.DENY, verb)) {
            return new Denial(verb, graph.children(verb, "nsubj"), "a claim denied by '" + text(verb) + "'");
        }
        if (object && is(WordClass.JUDGE, verb)) {
            // The parser may hang "as absurd" on the claimed clause rather than on "described".
            int untrue = untrueBelow(verb, claim);
            for (var child : graph.children(clause)) {
                if (untrue < 0 && child.subtype().equals("as") && is(WordClass.UNTRUE, child.dependent())) {
                    untrue = child.dependent();
                }
            }
            if (untrue >= 0) {
                return new Denial(verb, graph.children(verb, "nsubj"), "a claim called '" + text(untrue) + "'");
            }
        }
        if (rel.equals("nsubj") && (is(WordClass.UNTRUE, verb) || untrueBelow(verb, claim) >= 0
                && graph.children(verb, "cop").size() > 0)) {
            // "the idea that ... is absurd", said by the subject of the verb that reports it.
            return new Denial(verb, speakerOf(verb), "a claim called '" + text(verb) + "'");
        }
        return null;
    }

    /** A word that calls the claim untrue among the verb's other dependents, two levels down ("as a pack of lies"). */
    private int untrueBelow(int verb, int claim) {
        for (var child : graph.children(verb)) {
            int c = child.dependent();
            if (c == claim || child.relation().startsWith("nsubj")) {
                continue;
            }
            if (is(WordClass.UNTRUE, c)) {
                return c;
            }
            for (var grandchild : graph.children(c)) {
                if (is(WordClass.UNTRUE, grandchild.dependent())) {
                    return grandchild.dependent();
                }
            }
        }
        return -1;
    }

    /** The subject of the verb that reports {@code token}'s clause ("Lavrov said the claim was false"). */
    private List<Integer> speakerOf(int token) {
        int at = token;
        for (int hops = 0; hops < 3 && at >= 0; hops++) {
            List<Integer> subjects = graph.children(at, "nsubj");
            if (!subjects.isEmpty() && at != token) {
                return subjects;
            }
            at = graph.head(at);
        }
        return List.of();
    }

    private boolean is(WordClass cls, int token) {
        return words.is(cls, document.token(token).lemma()) || words.is(cls, document.token(token).text());
    }

    private String text(int token) {
        return document.token(token).text();
    }
}
