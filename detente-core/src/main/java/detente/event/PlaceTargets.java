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
     * @param code the CAMEO code of the pattern: only a material act is done to a place ("expressed sorrow for the
     *             shootings in South Carolina" is said to the country where they happened)
     */
    String whereNotWhom(Mention source, Mention target, List<Integer> slot, String code) {
        if (target == null) {
            return null;
        }
        int place = placeNoun(target, slot);
        // A group fighting in its own country's towns ("al-Shabaab ... in Mogadishu") does act on that country;
        // the state's own forces besieging its own city do not.
        boolean sameCountry = source.actor().country() != null && source.actor().group() == null
                && Objects.equals(source.actor().country(), target.actor().country());
        if (sameCountry && material(code) && (isPlace(source) || isPlace(target) || place >= 0)) {
            return "source and target are one country through a place ('" + target.text() + "')";
        }
        String relation = place < 0 ? "" : graph.relation(place);
        String preposition = relation.substring(relation.indexOf(':') + 1).replace('_', ' ');
        if (place >= 0 && relation.contains(":") && words.is(WordClass.TOWARD, preposition)) {
            return "'" + document.token(place).text() + "' is where, not whom";
        }
        return null;
    }

    /** Material cooperation (06–09) or conflict (15–20). */
    private static boolean material(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 6 && root <= 9 || root >= 15;
    }

    private static boolean isPlace(Mention mention) {
        return mention.via() == Mention.Via.PLACE;
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
