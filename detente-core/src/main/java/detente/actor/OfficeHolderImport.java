package detente.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the dated office entries of a PETRARCH/Phoenix country dictionary (CountryInfo: who held a government
 * office of which country when) into our {@code actors/office-holders.tsv} ({@link OfficeHolderTable}): people with a government role
 * ({@code XXXGOV...}) in force on or after {@code since}, with the name variants news uses, and without anyone
 * {@code people.yaml} already knows (the hand-written entry, with its titles, wins).
 *
 * <p>Facts only: names, codes, dates. Phoenix's open-ended roles ({@code [SDNGOV >890630]}) were open when the
 * source was made, so they end on {@code asOf}: after that date we know nothing. A name that two imported people
 * share, or that already names a country, organisation or role word, is dropped, so every name resolves to one
 * person. Surname-only aliases ("Bashir") are made only for the heads listed first in each country's block (the
 * rest of a block is alphabetical) and only when no other person has that word in their name.
 */
public final class OfficeHolderImport {

    /** Name particles that belong to the surname: "Omar Hassan Ahmad Al Bashir" → "Al Bashir". */
    private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "ash", "as", "at", "az", "ar", "an",
            "bin", "ibn", "ben", "abu", "ould", "de", "da", "di", "del", "della", "dos", "das", "do", "du", "van",
            "von", "der", "den", "le", "la", "mac", "ter");

    /** What the import made and why entries were left out. */
    public record Result(List<Person> people, int read, int withOffice, int alreadyKnown, int mergedSpellings,
                         int droppedNames) {
    }

    private OfficeHolderImport() {
    }

    /**
     * @param source the people of a Phoenix country dictionary, in file order ({@link PetrarchActorReader})
     * @param known  the dictionary they are added to: its people are not imported again, its names not reused
     */
    public static Result of(List<Person> source, ActorDictionary known, LocalDate since, LocalDate asOf) {
        Set<Person> heads = heads(source);
        // One person per distinct set of offices: Phoenix lists some spellings as entries of their own.
        Map<String, Draft> drafts = new LinkedHashMap<>();
        int withOffice = 0;
        for (Person p : source) {
            List<Person.Role> roles = offices(p, known, since, asOf);
            if (roles.isEmpty()) {
                continue;
            }
            withOffice++;
            // Same offices and same surname: spellings of one person ("Salah al-Din al-Bashir", "Salah Eddin
            // Bashir"); cabinet colleagues appointed together share offices but not surnames.
            String[] words = TextKey.of(clean(p.name())).split(" ");
            String key = roles + " " + words[words.length - 1];
            Draft draft = drafts.computeIfAbsent(key, k -> new Draft(roles.get(0).code().substring(0, 3), roles));
            // A spelling with a lost letter (the source has U+001A for some accented ones: "Z\u001Aroual") is no name.
            java.util.stream.Stream.concat(java.util.stream.Stream.of(p.name()), p.aliases().stream()).map(OfficeHolderImport::clean)
                    .filter(n -> n.chars().noneMatch(Character::isISOControl)).forEach(draft.spellings::add);
            draft.head |= heads.contains(p);
        }
        Set<String> knownPeople = new HashSet<>();
        Set<String> firstWords = new HashSet<>();
        known.people().forEach(p -> {
            knownPeople.add(TextKey.of(p.name()));
            p.aliases().forEach(a -> knownPeople.add(TextKey.of(a)));
            firstWords.add(TextKey.of(p.name()).split(" ")[0]);
        });
        Set<String> otherNames = new HashSet<>(known.terms().keySet());
        int alreadyKnown = 0;
        List<Draft> kept = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            if (draft.spellings.isEmpty()) {
                continue;
            }
            if (draft.spellings.stream().flatMap(s -> fullVariants(s).stream()).map(TextKey::of)
                    .anyMatch(knownPeople::contains)) {
                alreadyKnown++;
                continue;
            }
            draft.spellings.forEach(s -> firstWords.add(TextKey.of(s).split(" ")[0]));
            kept.add(draft);
        }
        // How many people have each word in their name: "Tromp" alone names no one if two Tromps held office.
        Map<String, Integer> wordOwners = new HashMap<>();
        known.people().forEach(p -> nameWords(List.of(p.name()), p.aliases()).forEach(w -> wordOwners.merge(w, 1, Integer::sum)));
        kept.forEach(d -> nameWords(List.copyOf(d.spellings), List.of()).forEach(w -> wordOwners.merge(w, 1, Integer::sum)));
        wordOwners.forEach((w, n) -> {
            if (n > 1) {
                firstWords.add(w);
            }
        });
        Map<String, Integer> claims = new HashMap<>();
        for (Draft draft : kept) {
            for (String s : draft.spellings) {
                if (!s.contains(" ") && wordOwners.getOrDefault(TextKey.of(s), 0) > 1) {
                    // A one-word entry ("Abdullah", "Hassan") that is also in other people's names names no one.
                    continue;
                }
                draft.names.addAll(fullVariants(s));
                if (draft.head) {
                    draft.names.addAll(surnameVariants(s, firstWords));
                }
            }
            draft.names.stream().map(TextKey::of).distinct().forEach(k -> claims.merge(k, 1, Integer::sum));
        }
        int dropped = 0;
        List<Person> out = new ArrayList<>();
        for (Draft draft : kept) {
            List<String> names = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (String name : draft.names) {
                String key = TextKey.of(name);
                if (claims.get(key) > 1 || otherNames.contains(key)) {
                    dropped++;
                } else if (keys.add(key)) {
                    names.add(name);
                }
            }
            if (!names.isEmpty()) {
                out.add(new Person(names.get(0), names.subList(1, names.size()), draft.country, null, null, draft.roles));
            }
        }
        out.sort(Comparator.comparing(Person::country).thenComparing(p -> TextKey.of(p.name())));
        return new Result(List.copyOf(out), source.size(), withOffice, alreadyKnown, withOffice - drafts.size(),
                dropped);
    }

    /** One person being imported: country, offices and every spelling met. */
    private static final class Draft {
        final String country;
        final List<Person.Role> roles;
        final Set<String> spellings = new LinkedHashSet<>();
        final Set<String> names = new LinkedHashSet<>();
        boolean head;

        Draft(String country, List<Person.Role> roles) {
            this.country = country;
            this.roles = roles;
        }
    }

    /** The distinct words of a person's names, as keys. */
    private static Set<String> nameWords(List<String> names, List<String> aliases) {
        Set<String> out = new HashSet<>();
        for (List<String> list : List.of(names, aliases)) {
            list.forEach(n -> out.addAll(List.of(TextKey.of(n).split("[ -]"))));
        }
        return out;
    }

    /** The person's government roles of a known country in force on or after {@code since}, open ends closed. */
    private static List<Person.Role> offices(Person p, ActorDictionary known, LocalDate since, LocalDate asOf) {
        List<Person.Role> out = new ArrayList<>();
        for (Person.Role r : p.roles()) {
            String code = r.code();
            if (code.length() < 6 || !code.startsWith("GOV", 3) || known.country(code.substring(0, 3)).isEmpty()
                    || r.to() != null && !r.to().isAfter(since) || r.from() != null && !r.from().isBefore(asOf)) {
                continue;
            }
            Person.Role role = new Person.Role(code, null, r.from(), r.to() == null ? asOf : r.to());
            if (!out.contains(role)) {
                out.add(role);
            }
        }
        out.sort(Comparator.comparing(Person.Role::from, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Person.Role::code));
        return List.copyOf(out);
    }

    /**
     * The heads of each country: CountryInfo lists a country's heads of state and government first, in order of
     * office, then everyone else alphabetically. A block is a run of people of one country; its heads are the
     * entries before the alphabetical tail.
     */
    private static Set<Person> heads(List<Person> source) {
        Set<Person> heads = new HashSet<>();
        int start = 0;
        while (start < source.size()) {
            String country = countryOf(source.get(start));
            int end = start + 1;
            while (end < source.size() && country != null && country.equals(countryOf(source.get(end)))) {
                end++;
            }
            // The tail is alphabetical but for a few misplaced spellings: the longest tail with at most one pair
            // in twenty out of order.
            int tail = end - 1;
            int disorder = 0;
            for (int t = end - 1; t > start; t--) {
                disorder += sortKey(source.get(t - 1)).compareTo(sortKey(source.get(t))) > 0 ? 1 : 0;
                if (disorder <= (end - t) / 20) {
                    tail = t - 1;
                }
            }
            // An unsorted block (no alphabetical tail) says nothing about who the heads are.
            if (end - tail >= 3) {
                heads.addAll(source.subList(start, tail));
            }
            start = end;
        }
        return heads;
    }

    /** The order CountryInfo sorts in: the raw upper-case entry name, words joined by "_" ("AL_X" after "ALAIN"). */
    private static String sortKey(Person p) {
        return p.name().toUpperCase(Locale.ROOT).replace(' ', '_');
    }

    private static String countryOf(Person p) {
        String code = p.roles().isEmpty() ? p.country() : p.roles().get(0).code();
        return code == null || code.length() < 3 ? null : code.substring(0, 3);
    }

    /** "Omar Hassan Ahmad  Al Bashir" → "Omar Hassan Ahmad Al Bashir". */
    static String clean(String name) {
        return name.trim().replaceAll("\\s+", " ");
    }

    /**
     * The full name as written and first name plus surname ("Omar Al Bashir"). The Arabic article needs no
     * variant: "al-Bashir" and "Al Bashir" share a {@link TextKey}.
     */
    static List<String> fullVariants(String name) {
        List<String> words = List.of(name.split(" "));
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        int surname = surnameStart(words);
        if (surname > 1 && !PARTICLES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            List<String> short_ = new ArrayList<>(List.of(words.get(0)));
            short_.addAll(words.subList(surname, words.size()));
            out.add(String.join(" ", short_));
        }
        return List.copyOf(out);
    }

    /**
     * The surname alone, for heads: "Al Bashir" (which also matches "al-Bashir") and "Bashir". A bare last word of fewer than five
     * letters, or one in {@code taken} (words that start a name or occur in two people's names), is left out.
     */
    static List<String> surnameVariants(String name, Set<String> taken) {
        List<String> words = List.of(name.split(" "));
        if (words.size() < 2) {
            return List.of();
        }
        int surname = surnameStart(words);
        List<String> unit = words.subList(surname, words.size());
        Set<String> out = new LinkedHashSet<>();
        String last = words.get(words.size() - 1);
        if (unit.size() > 1) {
            out.add(String.join(" ", unit));
        }
        if (last.length() >= 5 && Character.isUpperCase(last.charAt(0)) && !taken.contains(TextKey.of(last))
                && !last.contains(".")) {
            out.add(last);
        }
        return List.copyOf(out);
    }

    /** Where the surname starts: the last word and the particles right before it. */
    private static int surnameStart(List<String> words) {
        int i = words.size() - 1;
        while (i > 1 && PARTICLES.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) {
            i--;
        }
        return i;
    }


    /** The file, with a header that says where it comes from and how to make it again. */
    public static String table(Result result, String source, LocalDate since, LocalDate asOf) {
        String header = """
                detente actor dictionary: government office-holders (generated; do not edit by hand)

                version: 1
                Made by `detente actors import-offices` (docs/dictionaries.md) from %s, the Phoenix/CountryInfo
                country dictionary (Open Event Data Alliance, MIT licence): who held a government office (code
                XXXGOV...) of which country when, for offices held on or after %s. Roles still open in the source end
                on %s, the date it was made. People in people.yaml are left out (that entry wins); to correct
                someone here, add them to people.yaml and import again. %d people.
                """.formatted(source, since, asOf, result.people().size());
        return OfficeHolderTable.write(header, result.people());
    }
}
