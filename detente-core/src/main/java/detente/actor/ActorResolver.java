package detente.actor;

import detente.doc.Actor;
import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Layer;
import detente.doc.Mention;
import detente.doc.Sentence;
import detente.doc.Token;
import detente.pipeline.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The actors stage: finds every mention of an actor and resolves it with the article's date in force.
 *
 * <p>Adjacent names in one noun phrase compose: "Iranian President Ebrahim Raisi" is one mention whose person
 * decides the code; "Turkish soldiers" is country plus agent (TURMIL); "Ankara" alone is the government
 * (TURGOV) by metonymy. References that name no one resolve against the document's focus: "the Iranian
 * president" → the holder of that office on the date, "he" in subject position → the last person, "both
 * countries" → the last two actors. Names that NER finds but the dictionary lacks are kept as unknown actors.
 */
public final class ActorResolver implements Stage {

    public static final String NAME = "actors";

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across",
            "throughout", "within");
    private static final Set<String> SPONSOR_SUFFIXES = Set.of("backed", "sponsored", "supported", "funded",
            "aligned", "allied", "armed", "trained");

    private final ActorDictionary dictionary;
    private final TermMatcher matcher;
    private final ReferenceResolver references;
    private final RoleWords roles;

    private final PlaceNames places;

    public ActorResolver(ActorDictionary dictionary) {
        this(dictionary, PlaceNames.NONE);
    }

    /** @param places where places that no actor dictionary names lie ("the mayor of Nablus", "in Alaska") */
    public ActorResolver(ActorDictionary dictionary, PlaceNames places) {
        this.dictionary = dictionary;
        this.places = places;
        this.matcher = new TermMatcher(dictionary);
        this.references = new ReferenceResolver(dictionary);
        this.roles = new RoleWords(dictionary);
    }

    public ActorDictionary dictionary() {
        return dictionary;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.LEMMAS, Layer.POS, Layer.NER, Layer.DEPENDENCIES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.MENTIONS);
    }

    @Override
    public Document apply(Document document) {
        return document.withMentions(resolve(document));
    }

    /** The mentions of a document, in text order (pure: the document is not changed). */
    public List<Mention> resolve(Document document) {
        LocalDate date = document.article().date();
        DocumentFocus focus = new DocumentFocus();
        DependencyGraph graph = new DependencyGraph(document);
        List<Mention> all = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            List<Mention> mentions = new ArrayList<>();
            List<List<TermMatcher.Match>> groups = NameGroups.of(document, matcher.match(document, sentence, date));
            boolean[] named = new boolean[document.tokens().size()];
            List<List<TermMatcher.Match>> roleOnly = new ArrayList<>();
            List<Mention> located = located(document, graph, sentence, groups);
            // Tokens that name something in their own right; role words stay free to compose with a place.
            groups.forEach(g -> g.stream().filter(m -> NameGroups.primaryKind(m) != Term.Kind.AGENT)
                    .forEach(m -> java.util.Arrays.fill(named, m.first(), m.end(), true)));
            // Read in text order, so that "he" and "his counterpart" see only what came before them.
            int next = 0;
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                while (next < groups.size() && groups.get(next).get(0).first() <= t) {
                    List<TermMatcher.Match> group = groups.get(next++);
                    if (mentions.stream().anyMatch(m -> m.coversToken(group.get(0).first()))) {
                        // Already inside a mention that ran over proper names ("Bree Prime Minister Romendacil").
                        continue;
                    }
                    Resolved resolved = compose(document, graph, sentence, group, date, focus, mentions, named);
                    if (resolved == null) {
                        List<Mention> placed = roles.agentOfPlace(document, graph, sentence, group, groups, located);
                        for (Mention m : placed) {
                            mentions.add(m);
                            focus.saw(m, null, mainSubject(graph, m.head()));
                        }
                        if (placed.isEmpty()) {
                            roleOnly.add(group);
                        }
                    } else {
                        mentions.add(resolved.mention());
                        focus.saw(resolved.mention(), resolved.person(), mainSubject(graph, resolved.mention().head()));
                        mentions.addAll(otherCountries(group, resolved.mention()));
                        mentions.addAll(coordinatedPlaces(groups, resolved.mention()));
                    }
                }
                int token = t;
                if (mentions.stream().noneMatch(m -> m.coversToken(token))) {
                    List<Mention> references = this.references.reference(document, graph, sentence, t, focus);
                    for (Mention reference : references) {
                        mentions.add(reference);
                        focus.saw(reference, null, mainSubject(graph, reference.head()));
                    }
                    if (!references.isEmpty()) {
                        t = references.get(0).endToken() - 1;
                    }
                }
            }
            located.stream().filter(p -> mentions.stream().noneMatch(m -> m.coversToken(p.head()))).forEach(mentions::add);
            mentions.addAll(RoleWords.roleOnly(document, graph, sentence, roleOnly, mentions));
            mentions.addAll(ReferenceResolver.quotedFirstPerson(document, graph, sentence, mentions, focus));
            mentions.addAll(unknownEntities(document, graph, sentence, mentions));
            mentions.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                    : a.actor().toString().compareTo(b.actor().toString()));
            all.addAll(mentions);
        }
        return all;
    }

    /**
     * A name that several countries claim names all of them ("Lorien [ELR/GAL]" in a PETRARCH dictionary): one
     * more mention, same span, for each country after the first.
     */
    private static List<Mention> otherCountries(List<TermMatcher.Match> group, Mention mention) {
        if (group.size() != 1 || NameGroups.primaryKind(group.get(0)) != Term.Kind.COUNTRY || !mention.via().equals("dictionary")) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (Term term : group.get(0).terms()) {
            String code = term.kind() == Term.Kind.COUNTRY ? term.country().code() : null;
            if (code != null && !code.equals(mention.actor().code())
                    && out.stream().noneMatch(m -> m.actor().code().equals(code))) {
                out.add(new Mention(mention.start(), mention.end(), mention.text(), mention.sentence(),
                        mention.firstToken(), mention.endToken(), mention.head(),
                        new Actor(code, code, null, term.country().name()), "dictionary", null));
            }
        }
        return out;
    }

    /**
     * "US and British activists": a composed mention whose span holds another country's name or adjective gives
     * that country the same role (USAOPP and GBROPP), one more mention with the same span.
     */
    private static List<Mention> coordinatedPlaces(List<List<TermMatcher.Match>> groups, Mention mention) {
        Actor actor = mention.actor();
        if (!mention.via().equals("composed") || actor.country() == null || !actor.code().startsWith(actor.country())) {
            return List.of();
        }
        String roles = actor.code().substring(actor.country().length());
        List<Mention> out = new ArrayList<>();
        for (List<TermMatcher.Match> group : groups) {
            TermMatcher.Match match = group.get(0);
            Term.Kind kind = NameGroups.primaryKind(match);
            if (match.first() <= mention.firstToken() || group.get(group.size() - 1).end() > mention.endToken()
                    || kind != Term.Kind.COUNTRY && kind != Term.Kind.ADJECTIVE && kind != Term.Kind.PEOPLE) {
                continue;
            }
            String country = match.first(kind).country().code();
            if (!country.equals(actor.country()) && out.stream().noneMatch(m -> m.actor().country().equals(country))) {
                out.add(new Mention(mention.start(), mention.end(), mention.text(), mention.sentence(),
                        mention.firstToken(), mention.endToken(), mention.head(),
                        new Actor(joinCodes(country, roles), country, null, null), "composed", null));
            }
        }
        return out;
    }

    /**
     * The subject of the sentence's main clause (or of a clause coordinated with it): "Erdoğan said there was no
     * difference between what Netanyahu was doing and ..." has Erdoğan, not Netanyahu, as the one "he" continues.
     */
    private static boolean mainSubject(DependencyGraph graph, int token) {
        if (!graph.isSubject(token)) {
            return false;
        }
        int verb = graph.head(token);
        String relation = verb < 0 ? "" : graph.relation(verb);
        return relation.equals("root") || relation.equals("conj") && graph.relation(graph.head(verb)).equals("root");
    }

    /** A mention and the person behind it, when one is known. */
    private record Resolved(Mention mention, Person person) {
    }

    private Resolved compose(Document document, DependencyGraph graph, Sentence sentence,
                             List<TermMatcher.Match> group, LocalDate date, DocumentFocus focus, List<Mention> before,
                             boolean[] named) {
        int groupFirst = group.get(0).first();
        if (isDateline(document, group) || before.stream().anyMatch(m -> m.coversToken(groupFirst))) {
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
            sponsor = sponsor(document.token(first - 1));
            if (sponsor != null) {
                first--;
            }
        }
        int nameEnd = extendOverProperNames(document, sentence, end);
        String extraName = nameEnd > end ? document.textOf(document.token(end).start(), document.token(nameEnd - 1).end()) : null;
        end = nameEnd;

        Actor actor;
        String via;
        Person who = null;
        if (person != null) {
            who = person.person();
            actor = personActor(who, date);
            via = "dictionary";
        } else if (organisation != null) {
            Organisation org = organisation.organisation();
            actor = new Actor(RoleWords.armed(org, agent == null ? null : agent.agent()), org.country(), org.key(),
                    org.name());
            via = "dictionary";
        } else if (place != null && agent != null) {
            Country country = place.country();
            String title = document.textOf(document.token(group.get(group.size() - 1).first()).start(),
                    document.token(group.get(group.size() - 1).end() - 1).end());
            String code = agent.agent().prefix() ? agent.agent().code() + country.code()
                    : (prefix != null ? prefix.agent().code() : "") + joinCodes(country.code(), agent.agent().code());
            who = extraName != null ? null : holder(code, title, date, focus);
            String name = extraName != null ? extraName : who != null ? who.name() : null;
            actor = new Actor(code, country.code(), null, name);
            via = "composed";
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
                via = "composed";
            } else if (!document.token(first).pos().startsWith("JJ") && isLocative(document, first)) {
                // "in Iraq" is a place; "in Israeli shelling" is not.
                actor = new Actor(country.code(), country.code(), null, country.name());
                via = "place";
            } else if (place.kind() == Term.Kind.SEAT) {
                actor = new Actor(country.code() + "GOV", country.code(), null, country.name());
                via = "metonym";
            } else {
                actor = new Actor(country.code(), country.code(), null, country.name());
                boolean adjective = place.kind() == Term.Kind.ADJECTIVE
                        || document.token(group.get(0).first()).pos().startsWith("JJ");
                via = adjective ? "adjective" : "dictionary";
            }
        } else if (hasOwnerPronoun(document, sentence, first)) {
            // "Pakistan recalled its ambassador": the owner is the subject of the clause.
            Mention owner = owner(graph, graph.headOf(first, end), before);
            if (owner == null || owner.actor().country() == null) {
                return null;
            }
            String code = owner.actor().country() + agent.agent().code();
            actor = new Actor(code, owner.actor().country(), null, null);
            via = "composed";
        } else {
            who = focus.personWithTitle(document.textOf(document.token(group.get(0).first()).start(),
                    document.token(group.get(0).end() - 1).end()), date);
            if (who == null || !hasDeterminer(document, sentence, first)) {
                return null;
            }
            actor = personActor(who, date);
            via = "title";
        }
        first = extendOverDeterminer(document, sentence, first);
        int head = graph.headOf(first, end);
        Mention mention = new Mention(document.token(first).start(), document.token(end - 1).end(),
                document.textOf(document.token(first).start(), document.token(end - 1).end()),
                sentence.index(), first, end, head, actor, via, sponsor);
        return new Resolved(mention, who);
    }

    /**
     * An actor code with a role code added, without repeating a three-letter part it already has: USA + GOV =
     * USAGOV, USAGOV + GOV = USAGOV, HGWGOVMED + GOVMED = HGWGOVMED (as PETRARCH merges codes).
     */
    static String joinCodes(String code, String role) {
        StringBuilder out = new StringBuilder(code);
        for (int i = 0; i + 3 <= role.length(); i += 3) {
            String part = role.substring(i, i + 3);
            boolean present = false;
            for (int j = 0; j + 3 <= code.length(); j += 3) {
                present |= code.substring(j, j + 3).equals(part);
            }
            if (!present) {
                out.append(part);
            }
        }
        if (role.length() % 3 != 0) {
            out.append(role.substring(role.length() - role.length() % 3));
        }
        return out.toString();
    }

    /** Datelines ("ANKARA, Jan 24 —") name where a story was filed, not an actor. */
    private static boolean isDateline(Document document, List<TermMatcher.Match> group) {
        TermMatcher.Match match = group.get(0);
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

    private String sponsor(Token token) {
        int dash = token.text().lastIndexOf('-');
        if (dash <= 0 || !SPONSOR_SUFFIXES.contains(token.text().substring(dash + 1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return dictionary.find(token.text().substring(0, dash)).stream()
                .filter(t -> t.country() != null).map(t -> t.country().code()).findFirst().orElse(null);
    }

    private static int extendOverProperNames(Document document, Sentence sentence, int end) {
        int e = end;
        while (e < sentence.endToken() && document.token(e).isProperNoun()
                && (document.token(e).ner().equals("PERSON") || document.token(e).ner().equals("ORGANIZATION"))) {
            e++;
        }
        return e;
    }

    static int extendOverDeterminer(Document document, Sentence sentence, int first) {
        if (first > sentence.firstToken()) {
            Token previous = document.token(first - 1);
            if (previous.pos().equals("DT") || previous.pos().equals("PRP$")) {
                return first - 1;
            }
        }
        return first;
    }

    private static boolean hasDeterminer(Document document, Sentence sentence, int first) {
        return extendOverDeterminer(document, sentence, first) != first;
    }

    private static boolean isLocative(Document document, int first) {
        int previous = first - 1;
        if (previous >= 0 && document.token(previous).lemma().equalsIgnoreCase("the")) {
            previous--;
        }
        return previous >= 0 && LOCATIVE.contains(document.token(previous).text().toLowerCase(Locale.ROOT));
    }

    /**
     * Places that NER finds, no actor dictionary names and the gazetteer puts in one country ("Alaska", "South
     * Carolina", "Nablus"): mentions of that country as a place, as "in Iraq" is.
     */
    private List<Mention> located(Document document, DependencyGraph graph, Sentence sentence,
                                  List<List<TermMatcher.Match>> groups) {
        List<Mention> out = new ArrayList<>();
        int t = sentence.firstToken();
        while (t < sentence.endToken()) {
            if (!document.token(t).ner().equals("LOCATION")) {
                t++;
                continue;
            }
            int first = t;
            int end = t + 1;
            while (end < sentence.endToken() && document.token(end).ner().equals("LOCATION")) {
                end++;
            }
            t = end;
            int runEnd = end;
            boolean named = groups.stream().flatMap(List::stream).anyMatch(m -> m.first() < runEnd && m.end() > first);
            String text = document.textOf(document.token(first).start(), document.token(end - 1).end());
            Country country = named ? null : places.countryOf(text).flatMap(dictionary::country).orElse(null);
            if (country != null) {
                out.add(new Mention(document.token(first).start(), document.token(end - 1).end(), text,
                        sentence.index(), first, end, graph.headOf(first, end),
                        new Actor(country.code(), country.code(), null, country.name()), "place", null));
            }
        }
        return out;
    }

    /** PERSON and ORGANIZATION names that NER finds and no dictionary knows, reported so analysts can add them. */
    private static List<Mention> unknownEntities(Document document, DependencyGraph graph, Sentence sentence,
                                                 List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        int t = sentence.firstToken();
        while (t < sentence.endToken()) {
            String ner = document.token(t).ner();
            int token = t;
            if ((ner.equals("PERSON") || ner.equals("ORGANIZATION")) && found.stream().noneMatch(m -> m.coversToken(token))) {
                int end = t + 1;
                while (end < sentence.endToken() && document.token(end).ner().equals(ner)) {
                    end++;
                }
                String text = document.textOf(document.token(t).start(), document.token(end - 1).end());
                out.add(new Mention(document.token(t).start(), document.token(end - 1).end(), text, sentence.index(),
                        t, end, graph.headOf(t, end), Actor.unknown(null, text), "ner", null));
                t = end;
            } else {
                t++;
            }
        }
        return out;
    }
}
