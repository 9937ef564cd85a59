package detente.event;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matches one {@link EventPattern} at one trigger token over the dependency graph, returning the tokens that fill
 * its slots. Pure: reads the document, changes nothing.
 */
final class PatternMatcher {

    /** The tokens that fill {@code {S}} and {@code {T}}; empty lists when a slot is absent or unfilled. */
    record Binding(List<Integer> source, List<Integer> target, List<Integer> anchors) {
    }

    /** Verbs whose object noun carries the event: "launched airstrikes", "carried out raids", "held talks". */
    static final Set<String> LIGHT_VERBS = Set.of("launch", "carry", "conduct", "stage", "mount", "hold", "make",
            "pay", "have", "begin", "start", "continue", "resume", "step", "intensify", "escalate", "unleash");

    private final Document document;
    private final DependencyGraph graph;

    PatternMatcher(Document document, DependencyGraph graph) {
        this.document = document;
        this.graph = graph;
    }

    /** True when {@code token} can trigger {@code pattern}: lemma, part of speech, and phrasal parts. */
    boolean triggers(EventPattern pattern, int token) {
        Token t = document.token(token);
        if (pattern.triggerPos() == 'v' && !t.isVerb() || pattern.triggerPos() == 'n' && !t.isNoun()) {
            return false;
        }
        if (pattern.triggerPos() == 0 && !t.isVerb() && !t.isNoun()) {
            return false;
        }
        for (String phrase : pattern.triggers()) {
            if (hasLemma(token, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Null when a required word or slot is missing. */
    Binding bind(EventPattern pattern, int trigger) {
        List<Integer> anchors = new ArrayList<>();
        anchors.add(trigger);
        List<Integer> source = new ArrayList<>();
        List<Integer> target = new ArrayList<>();
        for (EventPattern.Step step : pattern.steps()) {
            if (step instanceof EventPattern.Word word) {
                int found = findWord(anchors, word);
                if (found < 0 && !word.optional()) {
                    return null;
                }
                if (found >= 0) {
                    anchors.add(found);
                }
            } else if (step instanceof EventPattern.Marker marker) {
                if (findPrepositional(anchors, marker.prep()) < 0) {
                    return null;
                }
            } else if (step instanceof EventPattern.Slot slot) {
                List<Integer> into = slot.role() == 'S' ? source : target;
                if (slot.conjunct()) {
                    List<Integer> other = slot.role() == 'S' ? target : source;
                    for (int o : List.copyOf(other)) {
                        into.addAll(graph.conjuncts(o));
                    }
                    // "between Iran and Turkey": the first conjunct fills the earlier slot alone.
                    other.removeAll(into);
                } else if (slot.prep().isEmpty()) {
                    into.addAll(directObject(trigger));
                } else {
                    int found = findPrepositional(anchors, slot.prep());
                    if (found >= 0) {
                        into.add(found);
                    } else if (slot.prep().contains("")) {
                        into.addAll(directObject(trigger));
                    }
                }
            }
        }
        if (pattern.sourceBefore()) {
            source.addAll(subject(trigger));
        } else if (source.isEmpty() && pattern.steps().stream().noneMatch(s -> s instanceof EventPattern.Slot sl && sl.role() == 'S')) {
            source.addAll(subject(trigger));
        }
        return new Binding(source, target, anchors);
    }

    /** The direct object; for a passive verb, its passive subject ("soldiers were killed"). */
    private List<Integer> directObject(int trigger) {
        List<Integer> out = new ArrayList<>(graph.children(trigger, "obj", "iobj", "nsubj:pass"));
        if (out.isEmpty() && document.token(trigger).isNoun()) {
            out.addAll(graph.children(trigger, "nmod:of"));
        }
        return out;
    }

    /**
     * Who does it. A verb's subject, or its passive agent; a verb in a control or coordinated clause inherits the
     * subject of its governor ("agreed to expand", "met and signed"); a noun's possessor, adjective, compound or
     * by-phrase ("Israel's attacks", "the Iranian attack"); failing those, the subject of the light verb whose
     * object it is ("Pakistan launched airstrikes").
     */
    List<Integer> subject(int trigger) {
        Token t = document.token(trigger);
        if (t.isNoun()) {
            List<Integer> own = graph.children(trigger, "nmod:poss", "amod", "compound", "nmod:by", "nmod:agent");
            own.removeIf(c -> !isNameLike(c));
            if (!own.isEmpty()) {
                return own;
            }
            String rel = graph.relation(trigger);
            int head = graph.head(trigger);
            if (head >= 0 && rel.equals("obj")
                    && LIGHT_VERBS.contains(document.token(head).lemma().toLowerCase(Locale.ROOT))) {
                return subject(head);
            }
            return List.of();
        }
        List<Integer> agents = graph.children(trigger, "obl:agent", "obl:by");
        if (!graph.children(trigger, "nsubj:pass").isEmpty()) {
            if (agents.isEmpty()) {
                // "soldiers were killed in attacks by the PKK": the agent of the means.
                for (int means : graph.children(trigger, "obl:in", "obl:during", "obl:by")) {
                    agents.addAll(graph.children(means, "nmod:by", "nmod:poss"));
                }
            }
            return agents;
        }
        List<Integer> subjects = graph.children(trigger, "nsubj");
        if (!subjects.isEmpty()) {
            return subjects;
        }
        String rel = graph.relation(trigger);
        int head = graph.head(trigger);
        if (head >= 0 && (rel.equals("xcomp") || rel.equals("conj") || rel.equals("advcl:to"))) {
            return subject(head);
        }
        return List.of();
    }

    private boolean isNameLike(int token) {
        Token t = document.token(token);
        return t.isProperNoun() || t.pos().equals("JJ") || t.pos().startsWith("PRP") || t.isNoun();
    }

    private int findWord(List<Integer> anchors, EventPattern.Word word) {
        for (int anchor : anchors) {
            for (var child : graph.children(anchor)) {
                String rel = child.relation();
                if (rel.equals("punct") || rel.equals("case") || rel.equals("det")) {
                    continue;
                }
                boolean prepOk = word.prep().isEmpty() || word.prep().contains(child.subtype().replace('_', ' '));
                if (prepOk && word.lemmas().stream().anyMatch(l -> hasLemma(child.dependent(), l))) {
                    return child.dependent();
                }
            }
            // "airstrikes by Pakistan" where the word is the head: the anchor's own head may carry it.
            int head = graph.head(anchor);
            if (head >= 0 && word.prep().isEmpty() && word.lemmas().stream().anyMatch(l -> hasLemma(head, l))
                    && graph.relation(anchor).startsWith("xcomp")) {
                return head;
            }
        }
        return -1;
    }

    /** A dependent of any anchor introduced by one of {@code preps} (obl:on, nmod:on, advcl:for...). */
    private int findPrepositional(List<Integer> anchors, Set<String> preps) {
        for (int i = anchors.size() - 1; i >= 0; i--) {
            for (var child : graph.children(anchors.get(i))) {
                String base = child.baseRelation();
                if ((base.equals("obl") || base.equals("nmod") || base.equals("advcl") || base.equals("acl"))
                        && preps.contains(child.subtype().replace('_', ' '))) {
                    return child.dependent();
                }
            }
        }
        return -1;
    }

    /**
     * Whether a token carries a lemma or a phrase: "air strike" is "strike" with "air" as a compound before it;
     * "carry out" is "carry" with the particle "out".
     */
    boolean hasLemma(int token, String phrase) {
        String lemma = document.token(token).lemma().toLowerCase(Locale.ROOT);
        int space = phrase.indexOf(' ');
        if (space < 0) {
            return lemma.equals(phrase) || document.token(token).text().toLowerCase(Locale.ROOT).equals(phrase);
        }
        String[] words = phrase.split(" ");
        if (lemma.equals(words[words.length - 1])) {
            for (int w = 0; w < words.length - 1; w++) {
                String want = words[w];
                if (graph.children(token, "compound", "amod").stream()
                        .noneMatch(c -> document.token(c).lemma().equalsIgnoreCase(want))) {
                    return false;
                }
            }
            return true;
        }
        if (lemma.equals(words[0])) {
            for (int w = 1; w < words.length; w++) {
                String want = words[w];
                if (graph.children(token, "compound:prt", "advmod", "obj", "compound").stream()
                        .noneMatch(c -> document.token(c).lemma().equalsIgnoreCase(want))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
