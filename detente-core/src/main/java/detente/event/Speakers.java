package detente.event;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Mention;

import java.util.List;

/**
 * Who reports an event: the subject of the speech verb whose reported clause holds the trigger ("The US said
 * ISIL attacked Iraq" → the US for "attacked"). The coder reads such a report as an accusation of the perpetrator,
 * or, when the speaker did it, as a claim of responsibility. The reporting verbs are the {@code reporting} class of
 * {@code events/context-words.yaml}.
 */
final class Speakers {

    private final Document document;
    private final DependencyGraph graph;
    private final MentionIndex mentions;
    private final ContextWords words;

    Speakers(Document document, DependencyGraph graph, MentionIndex mentions, ContextWords words) {
        this.document = document;
        this.graph = graph;
        this.mentions = mentions;
        this.words = words;
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
            if (relation.equals("ccomp") && words.is(ContextWords.WordClass.REPORTING, document.token(head).lemma())) {
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
        return words.is(ContextWords.WordClass.REPORTING, document.token(token).lemma());
    }

    /** The known actors that say it: the reporting verb's subject. */
    List<Mention> of(int verb) {
        return mentions.actorsAt(graph.children(verb, "nsubj"));
    }
}
