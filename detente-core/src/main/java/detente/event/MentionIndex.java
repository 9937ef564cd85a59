package detente.event;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps slot tokens to the known actors they name: the mention covering the token, the conjuncts of the token
 * ("Iran and Turkey"), and for a noun that names no actor itself, its possessor or modifier ("condemned
 * Israel's attacks" → Israel).
 */
final class MentionIndex {

    private final Mention[][] byToken;
    private final DependencyGraph graph;

    MentionIndex(Document document, DependencyGraph graph) {
        this.graph = graph;
        byToken = new Mention[document.tokens().size()][];
        for (Mention m : document.mentions()) {
            if (m.actor().code() == null) {
                continue;
            }
            for (int t = m.firstToken(); t < m.endToken(); t++) {
                Mention[] old = byToken[t];
                Mention[] grown = old == null ? new Mention[1] : java.util.Arrays.copyOf(old, old.length + 1);
                grown[grown.length - 1] = m;
                byToken[t] = grown;
            }
        }
    }

    /**
     * The actors at the tokens, with their conjuncts, and for a noun that names none its owner; not its place:
     * the doers of "strikes in Syria" are not Syria (a target may be: "hideouts in Iran").
     */
    List<Mention> actorsAt(List<Integer> tokens) {
        Set<Mention> out = new LinkedHashSet<>();
        for (int token : tokens) {
            collect(token, out, 0, true);
        }
        out.removeIf(m -> m.via() == Mention.Via.PLACE && tokens.stream().noneMatch(m::coversToken));
        return new ArrayList<>(out);
    }

    /**
     * The actors of the first token that names any, with its conjuncts: of several candidate phrases for one
     * slot, the nearest that names an actor wins.
     */
    List<Mention> firstActorsAt(List<Integer> tokens) {
        for (int token : tokens) {
            Set<Mention> out = new LinkedHashSet<>();
            collect(token, out, 0, true);
            if (!out.isEmpty()) {
                return new ArrayList<>(out);
            }
        }
        return List.of();
    }

    /**
     * The actors named by the first token that names any itself or through the words before it in its phrase
     * (with their conjuncts), without looking at the phrases after it ("an attack by Osgiliath soldiers in south
     * Ithilen": the attack's place is a later candidate of its own): for slots read in text order.
     */
    List<Mention> firstNamedAt(List<Integer> tokens) {
        for (int token : tokens) {
            Set<Mention> out = new LinkedHashSet<>();
            collect(token, out, 1, false);
            if (out.isEmpty()) {
                // Words before the noun in its own phrase still name it ("Eriadori and Calenardhon leaders").
                for (int child : graph.children(token, "nmod:poss", "compound", "amod")) {
                    if (byToken[child] != null && child < token) {
                        collect(child, out, 1, false);
                    }
                }
            }
            if (!out.isEmpty()) {
                return new ArrayList<>(out);
            }
        }
        return List.of();
    }

    /**
     * "condemned Israel's attacks", "hideouts in Iran", "rockets from Gaza": the owner, origin or place of a
     * thing that names no actor; through a clause that only describes it ("strikes on what it said were hideouts
     * in Iran") or a place within a place ("the outskirts of the Ukrainian city of Kharkiv").
     */
    private boolean ownerOrPlace(int token, Set<Mention> out, int hops) {
        for (int child : graph.children(token, "nmod:poss", "compound", "amod", "nmod:of", "nmod:in", "nmod:from")) {
            if (byToken[child] != null) {
                out.addAll(List.of(byToken[child]));
                // "Eriadori and Calenardhon leaders": the coordinated modifiers too.
                for (int conjunct : graph.conjuncts(child)) {
                    if (byToken[conjunct] != null) {
                        out.addAll(List.of(byToken[conjunct]));
                    }
                }
                return true;
            }
        }
        if (hops < 1) {
            for (int object : graph.children(token, "obj", "nmod:of")) {
                if (byToken[object] == null && ownerOrPlace(object, out, hops + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** With {@code owners}, a token (or conjunct) that names no actor is read through its owner or place. */
    private void collect(int token, Set<Mention> out, int depth, boolean owners) {
        Mention[] here = byToken[token];
        if (here != null) {
            out.addAll(List.of(here));
        } else if (owners) {
            // "Ithilen's sheep and the goats of Gondor": each conjunct through its own owner.
            ownerOrPlace(token, out, 0);
        }
        if (depth < 3) {
            for (int conjunct : graph.conjuncts(token)) {
                collect(conjunct, out, depth + 1, owners);
            }
        }
    }
}
