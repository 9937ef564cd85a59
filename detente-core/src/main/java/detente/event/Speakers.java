package detente.event;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who reports an event: the subject of the speech verb whose reported clause holds the trigger ("The US said
 * ISIL attacked Iraq" → the US for "attacked"). The coder reads such a report as an accusation of the perpetrator,
 * or, when the speaker did it, as a claim of responsibility.
 */
final class Speakers {

    /** Verbs that report or allege a fact; "deny" and "warn" are not among them. */
    private static final Set<String> REPORTING = Set.of("say", "claim", "allege", "assert", "insist", "state",
            "declare", "charge", "report", "announce", "confirm", "maintain");

    private final Document document;
    private final DependencyGraph graph;
    private final MentionIndex mentions;

    Speakers(Document document, DependencyGraph graph, MentionIndex mentions) {
        this.document = document;
        this.graph = graph;
        this.mentions = mentions;
    }

    /** The token of the reporting verb over {@code trigger}, or -1 ("said that Iraq had attacked"). */
    int reportingVerb(int trigger) {
        int token = trigger;
        for (int hops = 0; hops < 3; hops++) {
            int head = graph.head(token);
            if (head < 0) {
                return -1;
            }
            String relation = graph.relation(token);
            if (relation.equals("ccomp") && REPORTING.contains(document.token(head).lemma().toLowerCase(Locale.ROOT))) {
                return head;
            }
            if (!relation.equals("conj") && !relation.equals("xcomp")) {
                return -1;
            }
            token = head;
        }
        return -1;
    }

    /** Whether the token is a verb that reports ("said", "announced"). */
    boolean reports(int token) {
        return REPORTING.contains(document.token(token).lemma().toLowerCase(Locale.ROOT));
    }

    /** The known actors that say it: the reporting verb's subject. */
    List<Mention> of(int verb) {
        return mentions.actorsAt(graph.children(verb, "nsubj"));
    }
}
