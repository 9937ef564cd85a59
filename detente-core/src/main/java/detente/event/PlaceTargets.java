package detente.event;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Mention;
import detente.event.ContextWords.WordClass;

import java.util.List;
import java.util.Objects;

/**
 * A place is where an act happens, not whom it is done to: "the Syrian army has been besieging Idlib" is no act of
 * Syria on itself, and "advanced towards the Iraqi border" no act on Iraq. A capital standing for its government
 * ("Ankara said") is an actor, not a place.
 */
final class PlaceTargets {

    private final Document document;
    private final DependencyGraph graph;
    private final ContextWords words;

    PlaceTargets(Document document, DependencyGraph graph, ContextWords words) {
        this.document = document;
        this.graph = graph;
        this.words = words;
    }

    /**
     * Why the dyad only names where the act happens, or null when both ends are actors.
     *
     * @param slot the tokens that filled the target slot
     */
    String whereNotWhom(Mention source, Mention target, List<Integer> slot) {
        if (target == null) {
            return null;
        }
        int place = placeNoun(target, slot);
        boolean sameCountry = source.actor().country() != null
                && Objects.equals(source.actor().country(), target.actor().country());
        if (sameCountry && (isPlace(source) || isPlace(target) || place >= 0)) {
            return "source and target are one country through a place ('" + target.text() + "')";
        }
        String relation = place < 0 ? "" : graph.relation(place);
        String preposition = relation.substring(relation.indexOf(':') + 1).replace('_', ' ');
        if (place >= 0 && relation.contains(":") && words.is(WordClass.TOWARD, preposition)) {
            return "'" + document.token(place).text() + "' is where, not whom";
        }
        return null;
    }

    private static boolean isPlace(Mention mention) {
        return mention.via().equals("place");
    }

    /** The slot's place noun that names the target only through a modifier ("the Iraqi border"), or -1. */
    private int placeNoun(Mention target, List<Integer> slot) {
        for (int token : slot) {
            if (!target.coversToken(token) && words.is(WordClass.PLACE, document.token(token).lemma())
                    && graph.head(target.head()) == token) {
                return token;
            }
        }
        return -1;
    }
}
