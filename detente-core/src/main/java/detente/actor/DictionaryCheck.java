package detente.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks an actor dictionary the way an analyst needs after editing it: codes well formed, country references
 * known, roles with sane dates, overlapping roles, and names claimed by two different actors.
 */
public final class DictionaryCheck {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}([A-Z0-9]{3})*");

    /**
     * Problems make the dictionary wrong; warnings are worth a look (a name two actors claim at once is coded as
     * the first); notes are facts the check noticed that are usually right (one person holding two offices at
     * once: the role in force is the one that started last).
     */
    public record Report(List<String> problems, List<String> warnings, List<String> notes) {
    }

    private DictionaryCheck() {
    }

    public static Report of(ActorDictionary dictionary) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Country c : dictionary.countries()) {
            if (c.code() == null || !c.code().matches("[A-Z]{3}")) {
                problems.add("country " + c.name() + ": code '" + c.code() + "' is not three upper-case letters");
            }
            if (c.name() == null || c.name().isBlank()) {
                problems.add("country " + c.code() + ": no name");
            }
        }
        for (Organisation o : dictionary.organisations()) {
            if (o.key() == null || !o.key().matches("[A-Z0-9_]+")) {
                problems.add("organisation " + o.name() + ": key '" + o.key() + "' must be upper case");
            }
            if (o.code() == null || !CODE.matcher(o.code()).matches()) {
                problems.add("organisation " + o.key() + ": code '" + o.code() + "' is not a CAMEO code");
            }
            if (o.country() != null && dictionary.country(o.country()).isEmpty()) {
                problems.add("organisation " + o.key() + ": unknown country " + o.country());
            }
            if (o.people() != null && dictionary.organisations().stream()
                    .noneMatch(p -> p.key().equals(o.people()) && RoleWords.ETHNIC.equals(p.type()))) {
                problems.add("organisation " + o.key() + ": people '" + o.people() + "' is no entry of type "
                        + RoleWords.ETHNIC);
            }
            for (String s : o.sponsors()) {
                if (dictionary.country(s).isEmpty()) {
                    problems.add("organisation " + o.key() + ": unknown sponsor country " + s);
                }
            }
        }
        for (Person p : dictionary.people()) {
            if (p.country() != null && dictionary.country(p.country()).isEmpty()) {
                problems.add("person " + p.name() + ": unknown country " + p.country());
            }
            List<Person.Role> roles = p.roles();
            for (Person.Role r : roles) {
                if (r.code() == null || !CODE.matcher(r.code()).matches()) {
                    problems.add("person " + p.name() + ": role code '" + r.code() + "' is not a CAMEO code");
                }
                if (r.from() != null && r.to() != null && !r.from().isBefore(r.to())) {
                    problems.add("person " + p.name() + ": role " + r.code() + " ends (" + r.to()
                            + ") before it starts (" + r.from() + ")");
                }
            }
            for (int i = 0; i < roles.size(); i++) {
                for (int j = i + 1; j < roles.size(); j++) {
                    if (overlap(roles.get(i), roles.get(j)) && !roles.get(i).code().equals(roles.get(j).code())) {
                        notes.add("person " + p.name() + " holds " + role(roles.get(i)) + " and "
                                + role(roles.get(j)) + " at the same time");
                    }
                }
            }
        }
        Map<String, List<Term>> terms = new TreeMap<>(dictionary.terms());
        for (Map.Entry<String, List<Term>> e : terms.entrySet()) {
            List<Term> named = e.getValue().stream().filter(t -> t.kind() != Term.Kind.AGENT).toList();
            for (int i = 0; i < named.size(); i++) {
                for (int j = i + 1; j < named.size(); j++) {
                    Term a = named.get(i);
                    Term b = named.get(j);
                    if (!a.label().equals(b.label()) && sameTime(a, b)) {
                        warnings.add("name '" + e.getKey() + "' is claimed by " + a.label() + " and " + b.label());
                    }
                }
            }
        }
        return new Report(List.copyOf(problems), List.copyOf(warnings), List.copyOf(notes));
    }

    private static String role(Person.Role r) {
        return r.title() == null ? r.code() : r.code() + " (" + r.title() + ")";
    }

    /** Two organisations whose periods never meet (the Taliban as rebels, then as government) may share a name. */
    private static boolean sameTime(Term a, Term b) {
        if (a.organisation() == null || b.organisation() == null) {
            return true;
        }
        Organisation x = a.organisation();
        Organisation y = b.organisation();
        boolean xBeforeY = x.to() != null && y.from() != null && !x.to().isAfter(y.from());
        boolean yBeforeX = y.to() != null && x.from() != null && !y.to().isAfter(x.from());
        return !xBeforeY && !yBeforeX;
    }

    private static boolean overlap(Person.Role a, Person.Role b) {
        boolean aEndsBeforeB = a.to() != null && b.from() != null && !a.to().isAfter(b.from());
        boolean bEndsBeforeA = b.to() != null && a.from() != null && !b.to().isAfter(a.from());
        return !aEndsBeforeB && !bEndsBeforeA;
    }
}
