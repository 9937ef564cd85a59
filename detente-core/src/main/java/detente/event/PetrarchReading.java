package detente.event;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * How imported PETRARCH patterns read a dependency parse, where PETRARCH read words left to right: the first
 * complement after the verb for a slot with no preposition ({@code Slot.ANY}), the words a pattern puts before
 * the verb ({@code SAID *}, {@code RECENTLY_*}), and trailing prepositions further down.
 */
final class PetrarchReading {

    private final Document document;
    private final DependencyGraph graph;

    PetrarchReading(Document document, DependencyGraph graph) {
        this.document = document;
        this.graph = graph;
    }

    /** The dependents of the anchors after the trigger, three levels down. */
    List<Integer> below(List<Integer> anchors) {
        List<Integer> out = new ArrayList<>();
        List<Integer> level = anchors;
        for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int head : level) {
                for (var child : graph.children(head)) {
                    if (child.dependent() > anchors.get(0) && !out.contains(child.dependent())) {
                        next.add(child.dependent());
                    }
                }
            }
            out.addAll(next);
            level = next;
        }
        return out;
    }

    /**
     * Where PETRARCH looks for an actor after its verb: the passive subject, then in text order the objects and
     * prepositional phrases of the trigger (and of the words the pattern anchored), the subject of a clause it
     * governs, and the phrases hanging on those ("restore ties with Gondor", "the closure of houses in Bree"),
     * four levels deep. The coder takes the first that names an actor.
     */
    List<Integer> complements(List<Integer> anchors) {
        List<Integer> out = new ArrayList<>(graph.children(anchors.get(0), "nsubj:pass"));
        // A clause the trigger governs ("believes Dagolath can cope", "vowed to wage war on the Rohans") is
        // searched too: its subject first, then its complements.
        List<Integer> found = new ArrayList<>();
        List<Integer> level = new ArrayList<>(anchors);
        for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int head : level) {
                for (int child : graph.children(head, "obj", "iobj", "obl", "nmod", "acl", "dep", "advcl:to")) {
                    if (graph.relation(child).equals("acl:relcl")) {
                        continue;
                    }
                    if (!out.contains(child) && !anchors.contains(child) && !next.contains(child)
                            && !found.contains(child)) {
                        next.add(child);
                    }
                }
            }
            found.addAll(next);
            if (depth == 0) {
                for (int clause : graph.children(anchors.get(0), "ccomp", "xcomp")) {
                    if (clause < anchors.get(0)) {
                        // "Arnor restored ties, an official said": the fronted report is what was said, not to whom.
                        continue;
                    }
                    graph.children(clause, "nsubj").stream().filter(t -> !found.contains(t)).forEach(found::add);
                    next.add(clause);
                }
            }
            level = next;
        }
        // In text order, as PETRARCH reads the phrases after its verb.
        found.sort(Integer::compare);
        out.addAll(found);
        // When the parse hangs the phrase elsewhere, the words after the verb up to the next finite verb or comma.
        int trigger = anchors.get(0);
        int sentence = document.token(trigger).sentence();
        for (int t = trigger + 1; t < document.tokens().size() && document.token(t).sentence() == sentence; t++) {
            String pos = document.token(t).pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")
                    || pos.equals(",") || pos.equals(":")) {
                break;
            }
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether every word of one alternative is a word of the trigger's clause before the trigger. */
    boolean hasBefore(int trigger, EventPattern.Before before) {
        List<Integer> near = clauseBefore(trigger);
        for (String alternative : before.alternatives()) {
            if (before.adjacent()) {
                String[] words = alternative.replace('_', ' ').split(" ");
                if (trigger - words.length >= 0 && adjacentWords(trigger - words.length, words)) {
                    return true;
                }
                continue;
            }
            boolean all = true;
            for (String word : alternative.split(" ")) {
                String[] joined = word.split("_");
                // Words joined by '_' must be adjacent tokens ("DEATH_TOTAL" is not "death and injury total").
                if (near.stream().noneMatch(t -> adjacentWords(t, joined))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private boolean adjacentWords(int token, String[] words) {
        for (int w = 0; w < words.length; w++) {
            if (token + w >= document.tokens().size() || !hasWord(token + w, words[w])) {
                return false;
            }
        }
        return true;
    }

    private boolean hasWord(int token, String word) {
        Token t = document.token(token);
        return t.lemma().equalsIgnoreCase(word) || t.text().equalsIgnoreCase(word);
    }

    /**
     * Tokens before the trigger in its sentence that belong to its clause: its dependents and theirs, the verbs
     * that govern it (three levels up) and their dependents.
     */
    private List<Integer> clauseBefore(int trigger) {
        List<Integer> out = new ArrayList<>();
        List<Integer> heads = new ArrayList<>();
        heads.add(trigger);
        for (int h = graph.head(trigger), hops = 0; h >= 0 && hops < 3; h = graph.head(h), hops++) {
            heads.add(h);
        }
        for (int head : heads) {
            out.add(head);
            for (var child : graph.children(head)) {
                out.add(child.dependent());
            }
        }
        // The trigger's own phrases before it, three levels down ("Eriador's death toll has risen").
        List<Integer> level = List.of(trigger);
        for (int depth = 0; depth < 3; depth++) {
            List<Integer> next = new ArrayList<>();
            for (int t : level) {
                graph.children(t).forEach(c -> next.add(c.dependent()));
            }
            out.addAll(next);
            level = next;
        }
        int sentence = document.token(trigger).sentence();
        out.removeIf(t -> t >= trigger || document.token(t).sentence() != sentence);
        return out;
    }
}
