package detente.actor;

import detente.doc.Document;
import detente.doc.Sentence;
import detente.doc.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups a sentence's dictionary matches into noun phrases: "Turkish" + "President" + "Erdogan" is one phrase,
 * "Iran" "Pakistan" are two. Each kind of name occurs once per phrase; role words may repeat.
 */
final class NameGroups {

    private NameGroups() {
    }

    /** Adjacent matches of compatible kinds form one noun phrase ("Turkish" + "President" + "Erdogan"). */
    static List<List<TermMatcher.Match>> of(Document document, List<TermMatcher.Match> matches) {
        List<List<TermMatcher.Match>> groups = new ArrayList<>();
        List<TermMatcher.Match> current = new ArrayList<>();
        for (TermMatcher.Match match : matches) {
            if (!current.isEmpty() && joins(document, current, match)) {
                current.add(match);
            } else {
                if (!current.isEmpty()) {
                    groups.add(current);
                }
                current = new ArrayList<>();
                current.add(match);
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private static boolean joins(Document document, List<TermMatcher.Match> current, TermMatcher.Match next) {
        TermMatcher.Match last = current.get(current.size() - 1);
        int gap = next.first() - last.end();
        boolean possessive = gap == 1 && document.token(last.end()).pos().equals("POS")
                && (next.has(Term.Kind.AGENT) || next.has(Term.Kind.PERSON));
        if (gap != 0 && !possessive) {
            return false;
        }
        if (isPlace(primaryKind(next)) && sameCountryAfterRole(current, next)) {
            return true;
        }
        for (Term.Kind kind : Term.Kind.values()) {
            if (kind != Term.Kind.AGENT && primaryKind(next) == kind
                    && current.stream().anyMatch(m -> primaryKind(m) == kind)) {
                return false;
            }
        }
        // "Iran Pakistan" or "Iranian Turkish": two places in a row are two actors, not one phrase.
        return !(isPlace(primaryKind(next)) && current.stream().anyMatch(m -> isPlace(primaryKind(m))));
    }

    /**
     * A name of the same country right after a country and a role ("Bree Prime Minister Romendacil", with
     * Romendacil a name of Bree) is the person in the role, not a second actor.
     */
    private static boolean sameCountryAfterRole(List<TermMatcher.Match> current, TermMatcher.Match next) {
        TermMatcher.Match place = current.stream().filter(m -> isPlace(primaryKind(m))).findFirst().orElse(null);
        boolean role = current.stream().anyMatch(m -> primaryKind(m) == Term.Kind.AGENT);
        return place != null && role && current.get(current.size() - 1) != place
                && next.first(primaryKind(next)).country().code().equals(place.first(primaryKind(place)).country().code());
    }

    private static boolean isPlace(Term.Kind kind) {
        return kind == Term.Kind.COUNTRY || kind == Term.Kind.ADJECTIVE || kind == Term.Kind.PEOPLE
                || kind == Term.Kind.SEAT;
    }

    /** Person beats organisation beats country beats agent when one name has several readings. */
    static Term.Kind primaryKind(TermMatcher.Match match) {
        for (Term.Kind kind : List.of(Term.Kind.PERSON, Term.Kind.ORGANISATION, Term.Kind.COUNTRY,
                Term.Kind.SEAT, Term.Kind.PEOPLE, Term.Kind.ADJECTIVE, Term.Kind.AGENT)) {
            if (match.has(kind)) {
                return kind;
            }
        }
        throw new IllegalStateException("empty match");
    }

    /** The first token of a phrase with its determiner or possessive: "the Iranian president", "its envoy". */
    static int withDeterminer(Document document, Sentence sentence, int first) {
        if (first > sentence.firstToken()) {
            Token previous = document.token(first - 1);
            if (previous.pos().equals("DT") || previous.pos().equals("PRP$")) {
                return first - 1;
            }
        }
        return first;
    }
}
