package detente.actor;

import detente.doc.Actor;
import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Mention;
import detente.doc.Sentence;
import detente.doc.Token;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Composes one noun phrase of dictionary names into one actor: "Iranian President Ebrahim Raisi" is the person,
 * "Turkish soldiers" the country and role (TURMIL), "Ankara" the government by metonymy, "in Iraq" a place,
 * "Iran-backed Houthis" the group with its sponsor, "its ambassador" the role of the clause's subject, "the
 * president" the holder of the office on the date.
 */
final class NameComposer {

    private final ActorDictionary dictionary;
    private final RoleWords roles;
    /** Group key → the key of the people it is an armed group of (YPG → KURDS). */
    private final java.util.Map<String, String> peopleOf = new java.util.HashMap<>();

    NameComposer(ActorDictionary dictionary, RoleWords roles) {
        this.dictionary = dictionary;
        this.roles = roles;
        for (Organisation o : dictionary.organisations()) {
            if (o.people() != null) {
                peopleOf.put(o.key(), o.people());
            }
        }
    }

    /** A mention and the person behind it, when one is known. */
    record Resolved(Mention mention, Person person) {
    }

    /**
     * The actor a group of adjacent dictionary names makes, or null when it makes none here (a dateline, a role
     * word with nothing to tie it to, a name inside an earlier mention).
     */
    Resolved compose(Document document, DependencyGraph graph, Sentence sentence, List<TermMatcher.Match> group,
                     LocalDate date, DocumentFocus focus, List<Mention> before, boolean[] named) {
        int groupFirst = group.get(0).first();
        if (isDateline(document, sentence, group) || before.stream().anyMatch(m -> m.coversToken(groupFirst))) {
            return null;
        }
        Term person = firstOf(group, Term.Kind.PERSON);
        Term organisation = firstOf(group, Term.Kind.ORGANISATION);
        Term place = firstOf(group, Term.Kind.COUNTRY, Term.Kind.PEOPLE, Term.Kind.ADJECTIVE, Term.Kind.SEAT);
        Term prefix = firstAgent(group, true);
        Term agent = firstAgent(group, false);
        if (agent == null) {
            agent = prefix;
            prefix = null;
        }

        int first = group.get(0).first();
        int end = group.get(group.size() - 1).end();
        String sponsor = null;
        if (first > sentence.firstToken()) {
            sponsor = roles.sponsorOf(document.token(first - 1));
            if (sponsor != null) {
                first--;
            }
        }
        int nameEnd = extendOverProperNames(document, sentence, end);
        String extraName = nameEnd > end ? document.textOf(document.token(end).start(), document.token(nameEnd - 1).end()) : null;
        end = nameEnd;

        Actor actor;
        Mention.Via via;
        Person who = null;
        if (person != null) {
            who = person.person();
            actor = personActor(who, date);
            boolean former = first > sentence.firstToken()
                    && dictionary.words().is(ActorWords.FORMER, document.token(first - 1).lemma());
            if (agent != null && !former && who.roleOn(date).isEmpty() && actor.country() != null
                    && actor.code().equals(actor.country())) {
                // "Prime Minister Viktor Orbán" on a date the dictionary knows no office for: the text's title.
                actor = new Actor(ActorCodes.join(actor.country(), agent.agent().code()), actor.country(),
                        null, who.name());
            }
            via = Mention.Via.DICTIONARY;
        } else if (organisation != null) {
            Organisation org = organisation.organisation();
            Mention kin = agent != null && RoleWords.ETHNIC.equals(org.type())
                    ? focus.last(m -> org.key().equals(peopleOf.get(m.actor().group()))) : null;
            if (kin != null) {
                // "Kurdish forces" in a story that has named the YPG are the YPG.
                actor = kin.actor();
                via = Mention.Via.REFERENCE;
            } else {
                actor = new Actor(RoleWords.inRole(org, agent == null ? null : agent.agent()), org.country(), org.key(),
                        org.name());
                via = Mention.Via.DICTIONARY;
            }
        } else if (place != null && agent != null) {
            Country country = place.country();
            String title = document.textOf(document.token(group.get(group.size() - 1).first()).start(),
                    document.token(group.get(group.size() - 1).end() - 1).end());
            String code = agent.agent().prefix() ? agent.agent().code() + country.code()
                    : (prefix != null ? prefix.agent().code() : "") + ActorCodes.join(country.code(), agent.agent().code());
            who = extraName != null ? null : holder(code, title, date, focus);
            String name = extraName != null ? extraName : who != null ? who.name() : null;
            actor = new Actor(code, country.code(), null, name);
            via = Mention.Via.COMPOSED;
        } else if (place != null) {
            Country country = place.country();
            RoleWords.Governor governor = roles.agentGovernor(document, graph, graph.headOf(first, end));
            if (governor != null && !named[governor.token()]) {
                // "Iran's interior ministry", "American and British forces": the place qualifies a role word.
                String code = country.code() + governor.agent().code();
                who = holder(code, document.token(governor.token()).text(), date, focus);
                actor = new Actor(code, country.code(), null, who != null ? who.name() : null);
                if (governor.extend()) {
                    end = Math.max(end, governor.token() + 1);
                }
                via = Mention.Via.COMPOSED;
            } else if (!document.token(first).pos().startsWith("JJ") && isLocative(document, first)) {
                // "in Iraq" is a place; "in Israeli shelling" is not.
                actor = new Actor(country.code(), country.code(), null, country.name());
                via = Mention.Via.PLACE;
            } else if (place.kind() == Term.Kind.SEAT) {
                actor = new Actor(country.code() + "GOV", country.code(), null, country.name());
                via = Mention.Via.METONYM;
            } else {
                actor = new Actor(country.code(), country.code(), null, country.name());
                boolean adjective = place.kind() == Term.Kind.ADJECTIVE
                        || document.token(group.get(0).first()).pos().startsWith("JJ");
                via = adjective ? Mention.Via.ADJECTIVE : Mention.Via.DICTIONARY;
            }
        } else if (hasOwnerPronoun(document, sentence, first)) {
            // "Pakistan recalled its ambassador": the owner is the subject of the clause.
            Mention owner = owner(graph, graph.headOf(first, end), before);
            if (owner == null || owner.actor().country() == null) {
                return null;
            }
            String code = owner.actor().country() + agent.agent().code();
            actor = new Actor(code, owner.actor().country(), null, null);
            via = Mention.Via.COMPOSED;
        } else {
            who = focus.personWithTitle(document.textOf(document.token(group.get(0).first()).start(),
                    document.token(group.get(0).end() - 1).end()), date);
            if (who == null || !hasDeterminer(document, sentence, first)) {
                return null;
            }
            actor = personActor(who, date);
            via = Mention.Via.TITLE;
        }
        first = NameGroups.withDeterminer(document, sentence, first);
        int head = graph.headOf(first, end);
        Mention mention = Mention.over(document, sentence.index(), first, end, head, actor, via, sponsor);
        return new Resolved(mention, who);
    }

    /**
     * Datelines ("ANKARA, Jan 24 —") name where a story was filed, not an actor: an upper-case place name that
     * opens its sentence and is followed by a comma or dash. "UNICEF" or "IRGC-QF" elsewhere are names.
     */
    private static boolean isDateline(Document document, Sentence sentence, List<TermMatcher.Match> group) {
        TermMatcher.Match match = group.get(0);
        if (match.first() != sentence.firstToken() || match.end() >= sentence.endToken()
                || !Set.of(",", "-", "--", "\u2014", "\u2013", "(").contains(document.token(match.end()).text())) {
            return false;
        }
        String surface = document.textOf(document.token(match.first()).start(), document.token(match.end() - 1).end());
        long letters = surface.chars().filter(Character::isLetter).count();
        boolean upper = letters >= 5 && surface.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return upper && match.terms().stream().noneMatch(Term::caseSensitive);
    }

    private static boolean hasOwnerPronoun(Document document, Sentence sentence, int first) {
        if (first <= sentence.firstToken()) {
            return false;
        }
        String previous = document.token(first - 1).text().toLowerCase(Locale.ROOT);
        return previous.equals("its") || previous.equals("their");
    }

    /** The subject mention of the clause whose object is {@code noun}. */
    private static Mention owner(DependencyGraph graph, int noun, List<Mention> before) {
        int verb = graph.head(noun);
        if (verb < 0) {
            return null;
        }
        for (int subject : graph.children(verb, "nsubj")) {
            for (Mention m : before) {
                if (m.coversToken(subject) && m.actor().isKnown()) {
                    return m;
                }
            }
        }
        return null;
    }

    private Actor personActor(Person person, LocalDate date) {
        String code = person.roleOn(date).map(Person.Role::code).orElse(person.country());
        String country = code != null && dictionary.country(code.length() >= 3 ? code.substring(0, 3) : code).isPresent()
                ? code.substring(0, 3) : person.country();
        String group = dictionary.organisations().stream().filter(o -> code != null && code.equals(o.code()))
                .map(Organisation::key).findFirst().orElse(null);
        return new Actor(code, country, group, person.name());
    }

    private Person holder(String code, String title, LocalDate date, DocumentFocus focus) {
        String wanted = title.toLowerCase(Locale.ROOT);
        if (wanted.equals("counterpart")) {
            wanted = focus.lastTitle(date);
            if (wanted == null) {
                return null;
            }
        }
        return dictionary.holder(code, wanted, date).orElse(null);
    }

    /** The first role word of the group whose code goes before ({@code prefix}) or after the country's. */
    private static Term firstAgent(List<TermMatcher.Match> group, boolean prefix) {
        for (TermMatcher.Match match : group) {
            if (NameGroups.primaryKind(match) == Term.Kind.AGENT) {
                for (Term term : match.terms()) {
                    if (term.kind() == Term.Kind.AGENT && term.agent().prefix() == prefix) {
                        return term;
                    }
                }
            }
        }
        return null;
    }

    private static Term firstOf(List<TermMatcher.Match> group, Term.Kind... kinds) {
        for (TermMatcher.Match match : group) {
            for (Term.Kind kind : kinds) {
                if (NameGroups.primaryKind(match) == kind) {
                    return match.first(kind);
                }
            }
        }
        return null;
    }


    private static int extendOverProperNames(Document document, Sentence sentence, int end) {
        int e = end;
        while (e < sentence.endToken() && document.token(e).isProperNoun()
                && (document.token(e).ner().equals("PERSON") || document.token(e).ner().equals("ORGANIZATION"))) {
            e++;
        }
        return e;
    }

    private static boolean hasDeterminer(Document document, Sentence sentence, int first) {
        return NameGroups.withDeterminer(document, sentence, first) != first;
    }

    private boolean isLocative(Document document, int first) {
        int previous = first - 1;
        // "in Iraq", "in the north", "in northern Syria", "in the war-torn east of Congo"
        while (previous >= 0 && (document.token(previous).lemma().equalsIgnoreCase("the")
                || document.token(previous).pos().startsWith("JJ") && Character.isLowerCase(document.token(previous).text().charAt(0)))) {
            previous--;
        }
        return previous >= 0 && dictionary.words().is(ActorWords.LOCATIVE, document.token(previous).text());
    }
}
