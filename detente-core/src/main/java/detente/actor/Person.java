package detente.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A person of {@code actors/people.yaml} with dated roles. */
public record Person(String name, List<String> aliases, String country, LocalDate born, LocalDate died,
                     List<Role> roles) {

    public Person {
        aliases = Country.orEmpty(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A role held from {@code from} (inclusive) to {@code to} (exclusive); null bounds are open. */
    public record Role(String code, String title, LocalDate from, LocalDate to) {

        public boolean inForceOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
        }
    }

    /**
     * The role in force on {@code date}; with no date, the most recent role. When two roles overlap, the one that
     * started last wins (a president who is also party leader is coded by the newer office).
     */
    public Optional<Role> roleOn(LocalDate date) {
        if (died != null && date != null && !date.isBefore(died)) {
            return Optional.empty();
        }
        Role best = null;
        for (Role role : roles) {
            boolean applies = date == null || role.inForceOn(date);
            if (applies && (best == null || later(role.from(), best.from()))) {
                best = role;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean later(LocalDate a, LocalDate b) {
        return a != null && (b == null || a.isAfter(b));
    }
}
