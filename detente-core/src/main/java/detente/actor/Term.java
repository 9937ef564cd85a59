package detente.actor;

/**
 * One name in the dictionary and what it names. Exactly one of country, organisation, person, agent is set,
 * according to {@code kind}.
 */
public record Term(Kind kind, String surface, boolean caseSensitive, Country country, Organisation organisation,
                   Person person, Agent agent) {

    /** What a name is: the kind decides how it composes with its neighbours. */
    public enum Kind {
        /** "Iran", "the Islamic Republic of Iran". */
        COUNTRY,
        /** "Iranian" before a noun. */
        ADJECTIVE,
        /** "the Iranians", "Turks". */
        PEOPLE,
        /** "Tehran", "the Kremlin", "the White House": the government by metonymy. */
        SEAT,
        /** IGOs, armed groups, blocs. */
        ORGANISATION,
        PERSON,
        /** Role words: "president", "troops". */
        AGENT
    }

    static Term country(Kind kind, String surface, Country country) {
        return new Term(kind, surface, TextKey.isAcronym(surface), country, null, null, null);
    }

    static Term organisation(String surface, Organisation organisation) {
        return new Term(Kind.ORGANISATION, surface, TextKey.isAcronym(surface), null, organisation, null, null);
    }

    static Term person(String surface, Person person) {
        return new Term(Kind.PERSON, surface, false, null, null, person, null);
    }

    static Term agent(String surface, Agent agent) {
        return new Term(Kind.AGENT, surface, TextKey.isAcronym(surface), null, null, null, agent);
    }

    /** A printable label of what the term names, for messages and {@code actors lookup}. */
    public String label() {
        return switch (kind) {
            case COUNTRY, ADJECTIVE, PEOPLE, SEAT -> country.code() + " " + country.name();
            case ORGANISATION -> organisation.code() + " " + organisation.name();
            case PERSON -> person.name();
            case AGENT -> agent.code();
        };
    }
}
