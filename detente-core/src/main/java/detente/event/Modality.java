package detente.event;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Token;
import detente.event.ContextWords.WordClass;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a trigger reports an act that happened, one that is only intended or future, one that was denied or
 * cancelled, or a hypothetical. Looks at the trigger's own auxiliaries and negation and at the verbs that govern
 * it ("refused to sign", "agreed to expand", "cancelled his visit").
 */
final class Modality {

    /**
     * REFUSED: a stated refusal ("will not sign", "refused to meet"), which CAMEO codes as a rejection (12x).
     * NAMED: an act a noun only names, which the sentence does not tell as happening ("relations between").
     */
    enum Kind { ACT, INTENDED, NEGATED, REFUSED, HYPOTHETICAL, NAMED }

    record Reading(Kind kind, String reason) {
    }

    private final Document document;
    private final DependencyGraph graph;
    private final ContextWords words;
    private final SubjectFinder subjects;
    private final NounTelling nouns;
    private final Set<String> carrying;

    Modality(Document document, DependencyGraph graph, NounFrames frames, ContextWords words) {
        this.document = document;
        this.graph = graph;
        this.words = words;
        this.subjects = new SubjectFinder(document, graph, frames, words);
        Set<String> governing = new HashSet<>(words.words(WordClass.CANCELLING));
        governing.addAll(words.words(WordClass.INTENDING));
        // "discussed Russia's occupation of Crimea" names the occupation; it does not intend it.
        governing.remove("discuss");
        this.nouns = new NounTelling(document, graph, frames, governing);
        this.carrying = frames.carrying();
    }

    /**
     * The reading of a trigger. A noun's act is read on the verb that tells it ("talks did not take place"), and
     * is no act when the sentence only names it, averts it or calls it possible.
     */
    Reading of(int trigger) {
        if (!document.token(trigger).isNoun()) {
            return ofClause(trigger);
        }
        NounTelling.Telling told = nouns.of(trigger);
        return switch (told.kind()) {
            case CARRIED -> ofClause(trigger);
            case TOLD -> {
                Reading clause = ofClause(told.verb());
                yield clause.kind() == Kind.ACT ? new Reading(Kind.ACT, told.reason()) : clause;
            }
            case AVERTED -> new Reading(Kind.NEGATED, told.reason());
            case POSSIBLE -> new Reading(Kind.HYPOTHETICAL, told.reason());
            case NAMED -> new Reading(Kind.NAMED, told.reason());
        };
    }

    /** Whether a noun is exchanged between its carrier's subjects ("India and Pakistan traded strikes"). */
    boolean exchanged(int noun) {
        return document.token(noun).isNoun() && nouns.exchanged(noun);
    }

    private Reading ofClause(int trigger) {
        // Walk up through the clauses that govern the trigger: its own verb, then control and object-of verbs.
        int token = trigger;
        boolean intended = false;
        String intentReason = null;
        for (int hops = 0; hops < 4 && token >= 0; hops++) {
            for (int child : graph.children(token, "advmod", "neg", "det")) {
                if (words.is(WordClass.NEGATOR, lower(child)) && (hops == 0 || !graph.relation(child).equals("det"))) {
                    // "will not sign", "said it would not provide": a refusal; "did not meet": nothing happened.
                    int clause = token;
                    boolean refusal = graph.children(clause, "aux").stream().anyMatch(a -> words.is(WordClass.FUTURE_AUX, lower(a))
                            || lower(a).equals("would") && reportedFuture(clause));
                    return new Reading(refusal ? Kind.REFUSED : Kind.NEGATED,
                            (refusal ? "refused: " : "negated by '") + text(child) + (refusal ? "" : "'"));
                }
            }
            if (hops == 0 && nobody(token)) {
                // "found nothing to support the claim", "nobody attacked the convoy"
                return new Reading(Kind.NEGATED, "no one or nothing does it");
            }
            for (int child : graph.children(token, "aux")) {
                String aux = lower(child);
                if (words.is(WordClass.FUTURE_AUX, aux)) {
                    intended = true;
                    intentReason = "future '" + text(child) + "'";
                } else if (aux.equals("would") && reportedFuture(token)) {
                    // "Israel announced it would free 150 prisoners": a future told in reported speech.
                    intended = true;
                    intentReason = "reported future '" + text(child) + "'";
                } else if (words.is(WordClass.HYPOTHETICAL_AUX, aux)) {
                    return new Reading(Kind.HYPOTHETICAL, "modal '" + text(child) + "'");
                }
            }
            for (int child : graph.children(token, "mark")) {
                if (words.is(WordClass.CONDITIONAL, lower(child)) && graph.relation(token).startsWith("advcl")) {
                    return new Reading(Kind.HYPOTHETICAL, "conditional '" + text(child) + "'");
                }
            }
            if (graph.relation(token).startsWith("advcl:if") || graph.relation(token).startsWith("advcl:unless")) {
                return new Reading(Kind.HYPOTHETICAL, "conditional clause");
            }
            String rel = graph.relation(token);
            int head = graph.head(token);
            if (rel.equals("nsubj:pass") && head >= 0
                    && words.is(WordClass.CANCELLING, document.token(head).lemma())) {
                // "Erdogan's visit was postponed"
                return new Reading(Kind.NEGATED, "subject of '" + text(head) + "'");
            }
            // "calls to release", "permission to help", and "faces pressure to help" where the parser hangs the
            // infinitive on the verb: asked for, not done.
            int asking = head < 0 ? -1 : rel.startsWith("acl:to") && words.is(WordClass.ASKING_NOUN, lower(head)) ? head
                    : rel.equals("xcomp") || rel.startsWith("advcl:to") ? graph.children(head, "obj").stream()
                    .filter(o -> words.is(WordClass.ASKING_NOUN, lower(o))).findFirst().orElse(-1) : -1;
            if (asking >= 0) {
                return new Reading(Kind.HYPOTHETICAL, "asked for by '" + text(asking) + "'");
            }
            if (rel.equals("conj") && head >= 0 && graph.relation(head).equals("xcomp")
                    && graph.children(token, "nsubj", "nsubj:pass", "aux").isEmpty()) {
                // "scheduled to give a speech and meet with dissidents": the second verb shares the first one's
                // governor ("scheduled", "agreed", "refused").
                token = head;
                continue;
            }
            boolean governed = rel.equals("xcomp") || rel.equals("obj") || rel.equals("ccomp") && hops == 0
                    || rel.startsWith("nmod:of") || rel.startsWith("nmod:for") || rel.startsWith("acl:to");
            if (head < 0 || !governed) {
                break;
            }
            String governor = document.token(head).lemma().toLowerCase(Locale.ROOT);
            if (rel.equals("ccomp") && document.token(token).pos().equals("VB")
                    && graph.children(token, "aux").isEmpty()
                    && (words.is(WordClass.ASKING_VERB, governor) || governor.equals("demand"))) {
                // "demands (that) the Houthis halt attacks": a bare verb under a demand is asked for, not done.
                return new Reading(Kind.HYPOTHETICAL, "asked for by '" + text(head) + "'");
            }
            if (rel.equals("xcomp") && words.is(WordClass.ASKING_VERB, governor)
                    && !subjects.objectController(head).isEmpty()) {
                // "urged Iran to release the sailors": asked of Iran, neither done nor intended by anyone yet.
                return new Reading(Kind.HYPOTHETICAL, "asked of another by '" + text(head) + "'");
            }
            if (!rel.equals("xcomp") && !words.is(WordClass.CANCELLING, governor) && !words.is(WordClass.INTENDING, governor)
                    && !nouns.is(head, carrying)) {
                break;
            }
            if (words.is(WordClass.CANCELLING, governor) && !rel.equals("ccomp")) {
                return new Reading(words.is(WordClass.REFUSING, governor) ? Kind.REFUSED : Kind.NEGATED,
                        "governed by '" + text(head) + "'");
            }
            if (words.is(WordClass.INTENDING, governor) && (rel.equals("xcomp") || rel.startsWith("acl:to") || rel.equals("obj")
                    && document.token(trigger).isNoun())) {
                intended = true;
                intentReason = "governed by '" + text(head) + "'";
            }
            if (rel.equals("ccomp")) {
                break;
            }
            token = head;
        }
        return intended ? new Reading(Kind.INTENDED, intentReason) : new Reading(Kind.ACT, "reported as done");
    }

    /**
     * Whether "nothing" or "nobody" stands where the act's doer or its occasion would: its subject or object
     * ("nobody attacked"), or the noun or object it hangs on ("found nothing to support").
     */
    private boolean nobody(int token) {
        if (graph.children(token, "nsubj", "obj").stream().anyMatch(c -> words.is(WordClass.NOBODY, lower(c)))) {
            return true;
        }
        int head = graph.head(token);
        if (head < 0) {
            return false;
        }
        String rel = graph.relation(token);
        return rel.startsWith("acl") && words.is(WordClass.NOBODY, lower(head))
                || rel.equals("xcomp") && graph.children(head, "obj").stream().anyMatch(c -> words.is(WordClass.NOBODY, lower(c)));
    }

    /** Whether the clause of {@code token} is told by a verb of saying and no condition hangs on it. */
    private boolean reportedFuture(int token) {
        int head = graph.head(token);
        boolean told = head >= 0 && graph.relation(token).equals("ccomp") && words.is(WordClass.TELLING, lower(head))
                // CoreNLP often reads "Israel announced it would free" as a clausal subject of "free".
                || graph.children(token, "csubj").stream().anyMatch(c -> words.is(WordClass.TELLING, lower(c)));
        if (!told) {
            return false;
        }
        return graph.children(token, "mark").stream().noneMatch(m -> words.is(WordClass.CONDITIONAL, lower(m)))
                && graph.children(token).stream().noneMatch(c -> c.relation().startsWith("advcl:if")
                || c.relation().startsWith("advcl:unless"));
    }

    private String lower(int token) {
        return document.token(token).lemma().toLowerCase(Locale.ROOT);
    }

    private String text(int token) {
        Token t = document.token(token);
        return t.text();
    }
}
