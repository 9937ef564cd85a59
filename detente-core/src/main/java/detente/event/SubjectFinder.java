package detente.event;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds who does what a trigger names: the source side of every pattern that starts with {@code {S}}. */
final class SubjectFinder {

    private final Document document;
    private final DependencyGraph graph;
    private final NounTelling nouns;
    private final ContextWords words;

    SubjectFinder(Document document, DependencyGraph graph, NounFrames frames, ContextWords words) {
        this.document = document;
        this.graph = graph;
        this.words = words;
        this.nouns = new NounTelling(document, graph, frames, Set.of());
    }

    /**
     * Who does it. A verb's subject, or its passive agent; a verb in a control or coordinated clause inherits the
     * subject of its governor ("agreed to expand", "met and signed"); a noun's possessor, adjective, compound or
     * by-phrase ("Israel's attacks", "the Iranian attack"); failing those, the subject of the light verb whose
     * object it is ("Pakistan launched airstrikes").
     */
    List<Integer> of(int trigger) {
        Token t = document.token(trigger);
        if (t.isNoun()) {
            List<Integer> own = graph.children(trigger, "nmod:poss", "amod", "compound", "nmod:by", "nmod:agent");
            own.removeIf(c -> !isNameLike(c));
            if (own.stream().noneMatch(this::names)) {
                // "Pakistan launched airstrikes", "India and Pakistan traded artillery strikes", "announced new
                // sanctions": "artillery" and "new" say what, not who; in "continued its attacks" the owner is
                // the subject. In "a suicide bombing claimed by al-Shabaab" who claims it did it.
                List<Integer> more = new ArrayList<>(own);
                int carrier = nouns.carrier(trigger);
                if (carrier >= 0) {
                    more.addAll(of(carrier));
                } else {
                    for (int verb : nouns.claimers(trigger)) {
                        more.addAll(graph.children(verb, "obl:by", "obl:agent"));
                    }
                }
                return more;
            }
            return own;
        }
        List<Integer> agents = graph.children(trigger, "obl:agent", "obl:by");
        if (!graph.children(trigger, "nsubj:pass").isEmpty()) {
            if (agents.isEmpty()) {
                // "soldiers were killed in attacks by the PKK": the agent of the means.
                for (int means : graph.children(trigger, "obl:in", "obl:during", "obl:by")) {
                    // "killed in attacks by the PKK", "in the PKK's attacks", "in Israeli shelling".
                    agents.addAll(graph.children(means, "nmod:by", "nmod:poss", "amod"));
                }
            }
            return agents;
        }
        List<Integer> subjects = graph.children(trigger, "nsubj");
        String rel = graph.relation(trigger);
        int head = graph.head(trigger);
        if (!subjects.isEmpty()) {
            // "Ethiopia indicated it would act": "it" in a reported clause is the reporting subject.
            if (rel.equals("ccomp") && head >= 0 && subjects.stream().allMatch(this::isNeuterPronoun)) {
                List<Integer> governing = of(head);
                if (!governing.isEmpty()) {
                    return governing;
                }
            }
            return subjects;
        }
        List<Integer> clausal = graph.children(trigger, "csubj");
        if (!clausal.isEmpty()) {
            // "That Iran fired missiles angered Israel": who did what the clause says.
            return of(clausal.get(0));
        }
        if (head >= 0 && rel.equals("xcomp")) {
            // Object control: "urged Iran to release" -- Iran would release, not the one who urged.
            List<Integer> controller = objectController(head);
            if (!controller.isEmpty()) {
                return controller;
            }
        }
        if (head >= 0 && (rel.equals("xcomp") || rel.equals("conj") || rel.equals("advcl:to"))) {
            List<Integer> governing = of(head);
            if (governing.isEmpty() && rel.equals("xcomp")) {
                // Raising: "Gollum was seen to break into ...": the passive subject of the governor acts.
                return graph.children(head, "nsubj:pass");
            }
            return governing;
        }
        return List.of();
    }

    /**
     * For an {@code asking-verb} or a {@code causing} verb (events/context-words.yaml), the one it asks or makes to act: its object ("urged Iran
     * to"), the phrase after "call on" ("called on Iran to"), or its passive subject ("Iran was urged to"); empty
     * for other verbs and when there is none ("Iran wants to attack": Iran itself).
     */
    List<Integer> objectController(int verb) {
        String lemma = document.token(verb).lemma().toLowerCase(Locale.ROOT);
        if (!words.is(ContextWords.WordClass.ASKING_VERB, lemma) && !words.is(ContextWords.WordClass.CAUSING, lemma)) {
            return List.of();
        }
        List<Integer> controller = graph.children(verb, "obj", "iobj", "obl:on", "obl:upon");
        if (controller.isEmpty()) {
            controller = graph.children(verb, "nsubj:pass");
        }
        return controller;
    }

    private boolean isNeuterPronoun(int token) {
        String word = document.token(token).text().toLowerCase(Locale.ROOT);
        return word.equals("it") || word.equals("they") || word.equals("we");
    }

    /** A proper noun or a capitalised word ("Israeli", "G20"), not an owner pronoun: a word that can name who. */
    private boolean names(int token) {
        Token t = document.token(token);
        return t.isProperNoun() || !t.pos().startsWith("PRP") && Character.isUpperCase(t.text().charAt(0));
    }

    private boolean isNameLike(int token) {
        Token t = document.token(token);
        return t.isProperNoun() || t.pos().equals("JJ") || t.pos().startsWith("PRP") || t.isNoun();
    }
}
