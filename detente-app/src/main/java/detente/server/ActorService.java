package detente.server;

import detente.Dictionaries;
import detente.actor.Person;
import detente.actor.Term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Looks names up in the actor dictionary, as {@code detente actors lookup} does, dated. */
final class ActorService {

    private volatile Dictionaries dictionaries;

    List<Map<String, Object>> lookup(String name, LocalDate date) {
        LocalDate on = date == null ? LocalDate.now() : date;
        List<Map<String, Object>> out = new ArrayList<>();
        for (Term t : dictionaries().actors().find(name)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("kind", t.kind().name().toLowerCase(Locale.ROOT));
            m.put("label", t.label());
            m.put("code", switch (t.kind()) {
                case COUNTRY, ADJECTIVE, PEOPLE, SEAT -> t.country().code();
                case ORGANISATION -> t.organisation().code();
                case PERSON -> t.person().roleOn(on).map(Person.Role::code).orElse(t.person().country());
                case AGENT -> t.agent().code();
            });
            if (t.person() != null) {
                Person p = t.person();
                m.put("country", p.country());
                m.put("roleOn", p.roleOn(on).map(r -> r.code() + " (" + r.title() + ")").orElse(null));
                m.put("roles", p.roles().stream().map(r -> Map.of("code", r.code(), "title", r.title(),
                        "from", String.valueOf(r.from()), "to", String.valueOf(r.to()))).toList());
            }
            out.add(m);
        }
        return out;
    }

    private Dictionaries dictionaries() {
        if (dictionaries == null) {
            dictionaries = Dictionaries.builtIn();
        }
        return dictionaries;
    }
}
