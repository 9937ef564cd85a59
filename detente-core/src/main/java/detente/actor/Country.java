package detente.actor;

import java.util.List;

/** A country entry of {@code actors/countries.yaml}. */
public record Country(String code, String iso2, String name, String official, List<String> aliases,
                      List<String> adjectives, List<String> people, List<String> seats, List<String> regions) {

    public Country {
        aliases = orEmpty(aliases);
        adjectives = orEmpty(adjectives);
        people = orEmpty(people);
        seats = orEmpty(seats);
        regions = orEmpty(regions);
    }

    static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
