package detente.event;

import detente.doc.DependencyGraph;
import detente.doc.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a sentence tells an event that a noun names ("airstrikes", "talks", "a visit"): carried by a verb
 * ("launched airstrikes"), reported or judged ("condemned the bombing"), the subject of what happened ("the strikes
 * killed four"), the setting of another act ("killed in airstrikes"), averted ("to avert a clash"), only possible
 * ("an offensive is a possibility"), or only named ("relations between"). The words come from {@link NounFrames}.
 */
final class NounTelling {

    /**
     * What tells the noun's act.
     *
     * @param verb  the verb whose clause tells it (its modality is the act's), or -1
     * @param kind  CARRIED: the noun hangs on a verb the clause walk of {@link Modality} reads itself (carrying,
     *              intending, cancelling verbs); TOLD: read the modality of {@code verb}; the others are final
     * @param reason for the trace
     */
    record Telling(Kind kind, int verb, String reason) {
    }

    enum Kind { CARRIED, TOLD, AVERTED, POSSIBLE, NAMED }

    private static final int MAX_HOPS = 5;

    private final Document document;
    private final DependencyGraph graph;
    private final NounFrames frames;
    private final Set<String> governing;

    /** @param governing verbs whose object's modality {@link Modality} reads by walking up (intend, cancel...) */
    NounTelling(Document document, DependencyGraph graph, NounFrames frames, Set<String> governing) {
        this.document = document;
        this.graph = graph;
        this.frames = frames;
        this.governing = governing;
    }

    Telling of(int noun) {
        int n = noun;
        for (int hops = 0; hops < MAX_HOPS; hops++) {
            for (int clause : graph.children(n, "acl", "acl:relcl")) {
                // "a suicide bombing claimed by al-Shabaab", "the attack, which killed five"
                if (is(clause, frames.reporting()) || is(clause, frames.occurring())) {
                    return new Telling(Kind.TOLD, clause, "told by '" + text(clause) + "'");
                }
            }
            String rel = graph.relation(n);
            int head = graph.head(n);
            if (head < 0) {
                return graph.children(n, "cop").isEmpty() && graph.children(n, "nsubj").isEmpty()
                        ? new Telling(Kind.TOLD, n, "named without a verb (a headline)")
                        : new Telling(Kind.NAMED, -1, "only named");
            }
            boolean verbHead = document.token(head).isVerb();
            if (rel.equals("conj") || rel.equals("appos") || rel.equals("compound") || rel.equals("nmod:poss")) {
                n = head;
                continue;
            }
            if (rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("xcomp")) {
                if (is(head, frames.averting())) {
                    return new Telling(Kind.AVERTED, head, "averted: object of '" + text(head) + "'");
                }
                if (is(head, frames.carrying()) || governing.contains(lemma(head))) {
                    return new Telling(Kind.CARRIED, head, "carried by '" + text(head) + "'");
                }
                if (is(head, frames.reporting()) || is(head, frames.undertaking())
                        || rel.equals("nsubj:pass") && is(head, frames.occurring())) {
                    return new Telling(Kind.TOLD, head, "told by '" + text(head) + "'");
                }
                return new Telling(Kind.NAMED, -1, "only named: object of '" + text(head) + "'");
            }
            if (rel.equals("nsubj")) {
                if (!graph.children(head, "cop").isEmpty()) {
                    // "an offensive is a distinct possibility"; "the raid was the deadliest this year"
                    boolean possible = is(head, frames.possible())
                            || graph.children(head, "amod").stream().anyMatch(a -> is(a, frames.possible()));
                    return possible ? new Telling(Kind.POSSIBLE, head, "only possible: '" + text(head) + "'")
                            : new Telling(Kind.TOLD, head, "said to be '" + text(head) + "'");
                }
                if (is(head, frames.occurring()) || is(head, frames.reporting())) {
                    return new Telling(Kind.TOLD, head, "subject of '" + text(head) + "'");
                }
                return new Telling(Kind.NAMED, -1, "only named: subject of '" + text(head) + "'");
            }
            if (rel.startsWith("nmod") && !verbHead) {
                if (is(head, frames.possible())) {
                    return new Telling(Kind.POSSIBLE, head, "only possible: '" + text(head) + "'");
                }
                // "the aftermath of the attack", "condemnation of the strikes": told as its head noun is.
                n = head;
                continue;
            }
            if (rel.startsWith("obl") || rel.startsWith("nmod") || rel.startsWith("advcl")) {
                String prep = graph.headEdge(n).subtype().toLowerCase(Locale.ROOT);
                if (frames.setting().contains(prep) || is(head, frames.reporting())) {
                    return new Telling(Kind.TOLD, head, "setting of '" + text(head) + "' (" + prep.replace('_', ' ') + ")");
                }
                if (is(head, frames.averting())) {
                    return new Telling(Kind.AVERTED, head, "averted: '" + text(head) + " " + prep + "'");
                }
            }
            return new Telling(Kind.NAMED, -1, "only named (" + rel + " of '" + text(head) + "')");
        }
        return new Telling(Kind.NAMED, -1, "only named");
    }

    /**
     * The verb whose subject does what {@code noun}, its object, names ("launched strikes", "pledged aid",
     * "cancelled his visit"), or -1.
     */
    int carrier(int noun) {
        int head = graph.head(noun);
        return head >= 0 && graph.relation(noun).equals("obj")
                && (is(head, frames.carrying()) || is(head, frames.undertaking())) ? head : -1;
    }

    /**
     * The verbs that claim {@code noun}'s act for someone: its own clause ("a bombing claimed by al-Shabaab") or the
     * verb it is the subject of (the parser's reading of the same words).
     */
    List<Integer> claimers(int noun) {
        List<Integer> out = new ArrayList<>();
        for (int clause : graph.children(noun, "acl")) {
            if (is(clause, frames.claiming())) {
                out.add(clause);
            }
        }
        int head = graph.head(noun);
        String rel = graph.relation(noun);
        if (head >= 0 && (rel.equals("nsubj") || rel.equals("nsubj:pass")) && is(head, frames.claiming())) {
            out.add(head);
        }
        return out;
    }

    /** Whether {@code noun} is exchanged between its carrier's subjects ("India and Pakistan traded strikes"). */
    boolean exchanged(int noun) {
        int carrier = carrier(noun);
        return carrier >= 0 && is(carrier, frames.exchanging());
    }

    /** Whether a token is one of {@code entries}: its lemma, or for "carry_out" its lemma and a dependent or next word. */
    boolean is(int token, Set<String> entries) {
        String lemma = lemma(token);
        if (entries.contains(lemma)) {
            return true;
        }
        for (String entry : entries) {
            int cut = entry.indexOf('_');
            if (cut < 0 || !entry.substring(0, cut).equals(lemma)) {
                continue;
            }
            String[] rest = entry.substring(cut + 1).split("_");
            boolean all = true;
            for (int w = 0; w < rest.length && all; w++) {
                String want = rest[w];
                int next = token + 1 + w;
                all = next < document.tokens().size() && document.token(next).text().equalsIgnoreCase(want)
                        || graph.children(token).stream().anyMatch(c -> lemma(c.dependent()).equals(want));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private String lemma(int token) {
        return document.token(token).lemma().toLowerCase(Locale.ROOT);
    }

    private String text(int token) {
        return document.token(token).text();
    }
}
