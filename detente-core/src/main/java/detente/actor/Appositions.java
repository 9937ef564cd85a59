package detente.actor;

import detente.doc.DependencyGraph;
import detente.doc.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An apposition renames the role phrase it stands beside: "the rebel alliance, the Allied Democratic Forces, in
 * eastern Congo" is the ADF, not a Congolese insurgent role; "the ADF, a rebel alliance," too. Only a name
 * renames (a group or a person from the dictionary), and only a phrase that names no one itself.
 */
final class Appositions {

    /** How a phrase was resolved when it names a role rather than someone. */
    private static final Set<Mention.Via> ROLE_VIAS = Set.of(Mention.Via.ROLE, Mention.Via.COMPOSED, Mention.Via.ADJECTIVE,
            Mention.Via.INSTITUTION);

    private Appositions() {
    }

    /** The sentence's mentions with every role phrase that an apposition names replaced by that name's actor. */
    static List<Mention> rename(DependencyGraph graph, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention role : mentions) {
            Mention name = isRole(role) ? nameBeside(graph, role, mentions) : null;
            out.add(name == null ? role : role.withActor(name.actor(), Mention.Via.APPOSITION));
        }
        return out;
    }

    private static boolean isRole(Mention m) {
        return ROLE_VIAS.contains(m.via()) && m.actor().name() == null && m.actor().group() == null;
    }

    private static Mention nameBeside(DependencyGraph graph, Mention role, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m == role || m.via() != Mention.Via.DICTIONARY || m.actor().code() == null
                    || m.actor().group() == null && m.actor().name() == null) {
                continue;
            }
            boolean nameAfter = graph.head(m.head()) == role.head() && graph.relation(m.head()).equals("appos");
            boolean nameBefore = graph.head(role.head()) == m.head() && graph.relation(role.head()).equals("appos");
            if (nameAfter || nameBefore) {
                return m;
            }
        }
        return null;
    }
}
