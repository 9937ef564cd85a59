package detente.actor;

import detente.dict.DictionarySource;
import detente.dict.WordClasses;
import detente.dict.YamlDictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every name detente knows, indexed by {@link TextKey}: countries with their adjectives, people nouns and seats
 * of power, organisations, armed groups, blocs, people with dated roles, and agent words. Immutable once built.
 */
public final class ActorDictionary {

    private static final java.util.regex.Pattern FIRST_PART_END = java.util.regex.Pattern.compile("['/.,-]");

    /** Government office-holders generated from Phoenix's CountryInfo by {@code detente actors import-offices}. */
    public static final String OFFICE_HOLDERS = "actors/office-holders.tsv";

    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Agent> agents = new ArrayList<>();
    private final Map<String, List<Term>> terms = new HashMap<>();
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    private int maxWords = 1;
    private final WordClasses<ActorWords> words;

    private ActorDictionary(WordClasses<ActorWords> words) {
        this.words = words;
    }

    /** The built-in dictionary. */
    public static ActorDictionary builtIn() {
        return load(DictionarySource.builtIn());
    }

    public static ActorDictionary load(DictionarySource source) {
        ActorDictionary dictionary = handWritten(source);
        OfficeHolderTable.read(source, OFFICE_HOLDERS).forEach(dictionary::addGeneratedPerson);
        return dictionary;
    }

    /** The dictionary without the generated {@value #OFFICE_HOLDERS}: what {@link OfficeHolderImport} adds to. */
    public static ActorDictionary handWritten(DictionarySource source) {
        ActorDictionary dictionary = new ActorDictionary(ActorWords.load(source));
        YamlDictionary.readList(source, "actors/countries.yaml", Country.class).forEach(dictionary::addCountry);
        for (String file : List.of("actors/organisations.yaml", "actors/groups.yaml", "actors/blocs.yaml")) {
            YamlDictionary.readList(source, file, Organisation.class).forEach(dictionary::addOrganisation);
        }
        YamlDictionary.readList(source, "actors/people.yaml", Person.class).forEach(dictionary::addPerson);
        YamlDictionary.readList(source, "actors/agents.yaml", Agent.class).forEach(dictionary::addAgent);
        return dictionary;
    }

    /** A dictionary built from entries in code, with the built-in context words: for tests and importers. */
    public static ActorDictionary of(Collection<Country> countries, Collection<Organisation> organisations,
                                     Collection<Person> people, Collection<Agent> agents) {
        return of(countries, organisations, people, agents, ActorWords.load(DictionarySource.builtIn()));
    }

    private static ActorDictionary of(Collection<Country> countries, Collection<Organisation> organisations,
                                      Collection<Person> people, Collection<Agent> agents,
                                      WordClasses<ActorWords> words) {
        ActorDictionary dictionary = new ActorDictionary(words);
        countries.forEach(dictionary::addCountry);
        organisations.forEach(dictionary::addOrganisation);
        people.forEach(dictionary::addPerson);
        agents.forEach(dictionary::addAgent);
        return dictionary;
    }

    /** A new dictionary with the entries of both; {@code other}'s names are added on top of this one's. */
    public ActorDictionary plus(ActorDictionary other) {
        ActorDictionary merged = of(countries.values(), organisations, people, agents, words);
        other.countries.values().forEach(merged::addCountry);
        other.organisations.forEach(merged::addOrganisation);
        other.people.forEach(merged::addPerson);
        other.agents.forEach(merged::addAgent);
        return merged;
    }

    /** The words around names that this dictionary's stage reads ({@code actors/context-words.yaml}). */
    WordClasses<ActorWords> words() {
        return words;
    }

    private void addCountry(Country country) {
        countries.put(country.code(), country);
        put(Term.country(Term.Kind.COUNTRY, country.name(), country));
        if (country.official() != null) {
            put(Term.country(Term.Kind.COUNTRY, country.official(), country));
        }
        country.aliases().forEach(a -> put(Term.country(Term.Kind.COUNTRY, a, country)));
        country.adjectives().forEach(a -> put(Term.country(Term.Kind.ADJECTIVE, a, country)));
        country.people().forEach(a -> put(Term.country(Term.Kind.PEOPLE, a, country)));
        country.seats().forEach(a -> put(Term.country(Term.Kind.SEAT, a, country)));
    }

    private void addOrganisation(Organisation organisation) {
        organisations.add(organisation);
        put(Term.organisation(organisation.name(), organisation));
        organisation.aliases().forEach(a -> put(Term.organisation(a, organisation)));
    }

    private void addPerson(Person person) {
        people.add(person);
        put(Term.person(person.name(), person));
        person.aliases().forEach(a -> put(Term.person(a, person)));
    }

    /**
     * A person of the generated {@value #OFFICE_HOLDERS}: a one-word name matches only as written ("Hills" the
     * minister, not "hills"), since no one has checked those names against common words as people.yaml's are.
     */
    private void addGeneratedPerson(Person person) {
        people.add(person);
        java.util.stream.Stream.concat(java.util.stream.Stream.of(person.name()), person.aliases().stream())
                .forEach(n -> put(new Term(Term.Kind.PERSON, n, !n.contains(" "), null, null, person, null)));
    }

    private void addAgent(Agent agent) {
        agents.add(agent);
        agent.words().forEach(w -> put(Term.agent(w, agent)));
    }

    private void put(Term term) {
        String surface = stripArticle(term.surface());
        if (surface.isBlank()) {
            return;
        }
        String key = TextKey.of(surface);
        List<Term> list = terms.computeIfAbsent(key, k -> new ArrayList<>(1));
        // The same label may name two entries of different periods (the Taliban government of 1996 and of 2021).
        boolean same = list.stream().anyMatch(t -> t.kind() == term.kind() && t.label().equals(term.label())
                && java.util.Objects.equals(t.organisation(), term.organisation()));
        if (!same) {
            list.add(term);
        }
        String[] words = key.split(" ");
        maxWords = Math.max(maxWords, words.length + 1);
        firstWords.add(words[0]);
        if (words[0].endsWith("s")) {
            firstWords.add(words[0].substring(0, words[0].length() - 1));
        }
        // A tokeniser may split the first word ("Women's", "al-Qa'ida", "AFC/M23", "Bonaire,"): its parts start it too.
        java.util.regex.Matcher split = FIRST_PART_END.matcher(words[0]);
        while (split.find()) {
            if (split.start() > 0) {
                firstWords.add(words[0].substring(0, split.start()));
            }
        }
    }

    /**
     * "the White House" is stored as "White House": the resolver folds a leading article into the mention anyway.
     * A single word keeps its article ("the West"), or it would match inside "West Bank" or "West Africa".
     */
    private static String stripArticle(String surface) {
        String trimmed = surface.trim();
        if (trimmed.regionMatches(true, 0, "the ", 0, 4) && trimmed.substring(4).contains(" ")) {
            return trimmed.substring(4);
        }
        return trimmed;
    }

    /** True when some name starts with this word ({@link TextKey} form): a fast filter before longer lookups. */
    public boolean startsName(String wordKey) {
        return firstWords.contains(wordKey);
    }

    /** The terms whose key is exactly {@code key} (already a {@link TextKey}). */
    public List<Term> lookup(String key) {
        return terms.getOrDefault(key, List.of());
    }

    /** Terms for free text, e.g. from {@code actors lookup}. */
    public List<Term> find(String name) {
        return lookup(TextKey.of(stripArticle(name)));
    }

    /** The longest name in words (plus slack for tokenisation differences): how far a matcher must look ahead. */
    public int maxWords() {
        return maxWords;
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(countries.get(code == null ? null : code.toUpperCase(Locale.ROOT)));
    }

    public Collection<Country> countries() {
        return List.copyOf(countries.values());
    }

    public List<Organisation> organisations() {
        return List.copyOf(organisations);
    }

    public List<Person> people() {
        return List.copyOf(people);
    }

    public List<Agent> agents() {
        return List.copyOf(agents);
    }

    public Map<String, List<Term>> terms() {
        return Map.copyOf(terms);
    }

    /**
     * The person who held an office with {@code title} for {@code code} on {@code date} ("the Iranian president"
     * in January 2024 → Ebrahim Raisi), when exactly one did.
     */
    public Optional<Person> holder(String code, String title, LocalDate date) {
        if (date == null) {
            return Optional.empty();
        }
        String wanted = TextKey.of(title);
        Person found = null;
        for (Person person : people) {
            Optional<Person.Role> role = person.roleOn(date);
            if (role.isPresent() && code.equals(role.get().code()) && role.get().title() != null
                    && TextKey.of(role.get().title()).equals(wanted)) {
                if (found != null && found != person) {
                    return Optional.empty();
                }
                found = person;
            }
        }
        return Optional.ofNullable(found);
    }
}
