package detente.actor;

import detente.doc.Actor;
import detente.doc.Dependency;
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
    private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "state", "declare", "warn",
            "insist", "stress", "assert", "note", "write", "announce", "vow", "pledge", "promise");
    private static final Set<String> PAIR_NOUNS = Set.of("country", "nation", "side", "leader", "government",
            "state", "neighbour", "neighbor", "capital", "president", "minister", "counterpart", "party");
    private static final Set<String> PAIR_GOVERNMENTS = Set.of("leader", "government", "capital", "president",
            "minister", "counterpart", "side");
    private static final Set<String> GROUP_NOUNS = Set.of("group", "movement", "militia", "faction", "organisation",
            "organization", "rebels", "militants", "insurgents");
    private static final Set<String> IGO_NOUNS = Set.of("alliance", "council", "bloc", "body", "union", "agency");

    private final ActorDictionary dictionary;
    private final TermMatcher matcher;

    public ActorResolver(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.matcher = new TermMatcher(dictionary);
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
            List<List<TermMatcher.Match>> groups = group(document, matcher.match(document, sentence, date));
            boolean[] named = new boolean[document.tokens().size()];
            // Tokens that name something in their own right; role words stay free to compose with a place.
            groups.forEach(g -> g.stream().filter(m -> primaryKind(m) != Term.Kind.AGENT)
                    .forEach(m -> java.util.Arrays.fill(named, m.first(), m.end(), true)));
            // Read in text order, so that "he" and "his counterpart" see only what came before them.
            int next = 0;
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                while (next < groups.size() && groups.get(next).get(0).first() <= t) {
                    Resolved resolved = compose(document, graph, sentence, groups.get(next++), date, focus, mentions, named);
                    if (resolved != null) {
                        mentions.add(resolved.mention());
                        focus.saw(resolved.mention(), resolved.person(), isSubject(document, resolved.mention().head()));
                    }
                }
                int token = t;
                if (mentions.stream().noneMatch(m -> m.coversToken(token))) {
                    List<Mention> references = reference(document, sentence, t, focus);
                    for (Mention reference : references) {
                        mentions.add(reference);
                        focus.saw(reference, null, isSubject(document, reference.head()));
                    }
                    if (!references.isEmpty()) {
                        t = references.get(0).endToken() - 1;
                    }
                }
            }
            mentions.addAll(quotedFirstPerson(document, sentence, mentions, focus));
            mentions.addAll(unknownEntities(document, sentence, mentions));
            mentions.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                    : a.actor().toString().compareTo(b.actor().toString()));
            all.addAll(mentions);
        }
        return all;
    }

    /** Adjacent matches of compatible kinds form one noun phrase ("Turkish" + "President" + "Erdogan"). */
    private static List<List<TermMatcher.Match>> group(Document document, List<TermMatcher.Match> matches) {
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
        for (Term.Kind kind : Term.Kind.values()) {
            if (kind != Term.Kind.AGENT && primaryKind(next) == kind
                    && current.stream().anyMatch(m -> primaryKind(m) == kind)) {
                return false;
            }
        }
        // "Iran Pakistan" or "Iranian Turkish": two places in a row are two actors, not one phrase.
        return !(isPlace(primaryKind(next)) && current.stream().anyMatch(m -> isPlace(primaryKind(m))));
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
        Term agent = firstOf(group, Term.Kind.AGENT);

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
            actor = new Actor(org.code(), org.country(), org.key(), org.name());
            via = "dictionary";
        } else if (place != null && agent != null) {
            Country country = place.country();
            String title = document.textOf(document.token(group.get(group.size() - 1).first()).start(),
                    document.token(group.get(group.size() - 1).end() - 1).end());
            String code = country.code() + agent.agent().code();
            who = extraName != null ? null : holder(code, title, date, focus);
            String name = extraName != null ? extraName : who != null ? who.name() : null;
            actor = new Actor(code, country.code(), null, name);
            via = "composed";
        } else if (place != null) {
            Country country = place.country();
            Governor governor = agentGovernor(document, graph, headOf(document, first, end));
            if (governor != null && !named[governor.token()]) {
                // "Iran's interior ministry", "American and British forces": the place qualifies a role word.
                String code = country.code() + governor.agent().code();
                who = holder(code, document.token(governor.token()).text(), date, focus);
                actor = new Actor(code, country.code(), null, who != null ? who.name() : null);
                if (governor.extend()) {
                    end = Math.max(end, governor.token() + 1);
                }
                via = "composed";
            } else if (isLocative(document, first)) {
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
            Mention owner = owner(graph, headOf(document, first, end), before);
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
        int head = headOf(document, first, end);
        Mention mention = new Mention(document.token(first).start(), document.token(end - 1).end(),
                document.textOf(document.token(first).start(), document.token(end - 1).end()),
                sentence.index(), first, end, head, actor, via, sponsor);
        return new Resolved(mention, who);
    }

    /** A role word that a place name qualifies, and where it is. */
    private record Governor(Agent agent, int token, boolean extend) {
    }

    /**
     * The role word a country name or adjective qualifies through {@code amod}, {@code nmod:poss} or
     * {@code compound}, following coordination ("American and British forces" → forces for both).
     */
    private Governor agentGovernor(Document document, DependencyGraph graph, int head) {
        int token = head;
        String relation = graph.relation(token);
        for (int conjunct : graph.conjuncts(token)) {
            // "American and British forces" parsed as American + conj(forces): the shared role word.
            Agent shared = agentAt(document, graph, conjunct);
            if (shared != null && !graph.children(conjunct, "amod").isEmpty()) {
                return new Governor(shared, conjunct, false);
            }
        }
        if (relation.equals("conj") && graph.head(token) >= 0) {
            token = graph.head(token);
            relation = graph.relation(token);
        }
        if (!relation.equals("amod") && !relation.equals("nmod:poss") && !relation.equals("compound")) {
            return null;
        }
        int governor = graph.head(token);
        if (governor < 0) {
            return null;
        }
        Agent agent = agentAt(document, graph, governor);
        return agent == null ? null : new Governor(agent, governor, true);
    }

    /** The agent a noun names, alone or with its modifier ("interior ministry", "Revolutionary Guards"). */
    private Agent agentAt(Document document, DependencyGraph graph, int noun) {
        Token t = document.token(noun);
        if (!t.isNoun()) {
            return null;
        }
        for (int modifier : graph.children(noun, "compound", "amod")) {
            Token m = document.token(modifier);
            for (String head : List.of(t.text(), t.lemma())) {
                Agent a = agentNamed(m.text() + " " + head);
                if (a != null) {
                    return a;
                }
            }
        }
        Agent a = agentNamed(t.text());
        return a != null ? a : agentNamed(t.lemma());
    }

    private Agent agentNamed(String words) {
        return dictionary.find(words).stream().filter(term -> term.kind() == Term.Kind.AGENT)
                .map(Term::agent).findFirst().orElse(null);
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

    private static Term firstOf(List<TermMatcher.Match> group, Term.Kind... kinds) {
        for (TermMatcher.Match match : group) {
            for (Term.Kind kind : kinds) {
                if (primaryKind(match) == kind) {
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

    private static int extendOverDeterminer(Document document, Sentence sentence, int first) {
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

    /** The token of the span whose head lies outside it: the one that carries the phrase's role. */
    static int headOf(Document document, int first, int end) {
        for (Dependency dependency : document.dependencies()) {
            int dep = dependency.dependent();
            if (dep >= first && dep < end && (dependency.head() < first || dependency.head() >= end)) {
                return dep;
            }
        }
        return end - 1;
    }

    /** A pronoun in subject position, or "both countries" / "the two sides", starting at token {@code t}. */
    private List<Mention> reference(Document document, Sentence sentence, int t, DocumentFocus focus) {
        Token word = document.token(t);
        String lower = word.text().toLowerCase(Locale.ROOT);
        if ((lower.equals("he") || lower.equals("she")) && isSubject(document, t)) {
            Mention antecedent = focus.lastPerson();
            if (antecedent == null) {
                return List.of();
            }
            return List.of(new Mention(word.start(), word.end(), word.text(), sentence.index(), t, t + 1, t,
                    antecedent.actor(), "pronoun", antecedent.sponsor()));
        }
        if ((lower.equals("both") || lower.equals("two")) && t + 1 < sentence.endToken()
                && PAIR_NOUNS.contains(document.token(t + 1).lemma().toLowerCase(Locale.ROOT))) {
            int first = lower.equals("two") && t > sentence.firstToken()
                    && document.token(t - 1).lemma().equalsIgnoreCase("the") ? t - 1 : t;
            int end = t + 2;
            String noun = document.token(t + 1).lemma().toLowerCase(Locale.ROOT);
            String role = PAIR_GOVERNMENTS.contains(noun) ? "GOV" : "";
            String text = document.textOf(document.token(first).start(), document.token(end - 1).end());
            List<Mention> out = new ArrayList<>();
            for (String country : focus.salientPair()) {
                String name = dictionary.country(country).map(Country::name).orElse(country);
                out.add(new Mention(document.token(first).start(), document.token(end - 1).end(), text,
                        sentence.index(), first, end, end - 1, new Actor(country + role, country, null, name),
                        "pair", null));
            }
            return out;
        }
        if (t > sentence.firstToken() && document.token(t - 1).lemma().equalsIgnoreCase("the")
                && (GROUP_NOUNS.contains(lower) || IGO_NOUNS.contains(lower))) {
            // "the group said", "the council demanded": the last organisation of that kind.
            Mention antecedent = focus.lastOrganisation(IGO_NOUNS.contains(lower));
            if (antecedent == null) {
                return List.of();
            }
            return List.of(new Mention(document.token(t - 1).start(), word.end(),
                    document.textOf(document.token(t - 1).start(), word.end()), sentence.index(), t - 1, t + 1, t,
                    antecedent.actor(), "anaphor", antecedent.sponsor()));
        }
        return List.of();
    }

    /** True when an odd number of quotation marks precede the token in its sentence. */
    private static boolean insideQuote(Document document, Sentence sentence, int token) {
        String before = document.textOf(sentence.start(), document.token(token).start());
        long marks = before.chars().filter(c -> c == '"' || c == '\u201C' || c == '\u201D').count();
        return marks % 2 == 1 || marks == 0 && startsInsideParagraphQuote(document, sentence);
    }

    /** A sentence inside a quotation that began in an earlier sentence of the same paragraph. */
    private static boolean startsInsideParagraphQuote(Document document, Sentence sentence) {
        String text = document.text();
        int paragraph = text.lastIndexOf("\n\n", sentence.start());
        String before = text.substring(paragraph < 0 ? 0 : paragraph, sentence.start());
        long marks = before.chars().filter(c -> c == '"' || c == '\u201C' || c == '\u201D').count();
        return marks % 2 == 1;
    }

    /** "'We will respond,' Raisi said": first person in subject position inside a quote is the speaker. */
    private static List<Mention> quotedFirstPerson(Document document, Sentence sentence, List<Mention> found,
                                                   DocumentFocus focus) {
        List<Mention> out = new ArrayList<>();
        Mention speaker = null;
        boolean looked = false;
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            Token word = document.token(t);
            String lower = word.text().toLowerCase(Locale.ROOT);
            if ((lower.equals("we") || lower.equals("i")) && isSubject(document, t)
                    && insideQuote(document, sentence, t)) {
                if (!looked) {
                    speaker = speaker(document, sentence, found, focus);
                    looked = true;
                }
                if (speaker != null) {
                    out.add(new Mention(word.start(), word.end(), word.text(), sentence.index(), t, t + 1, t,
                            speaker.actor(), "speaker", speaker.sponsor()));
                }
            }
        }
        return out;
    }

    /**
     * The speaker of a quote: the subject of a speech verb in the same sentence ("..., Raisi said"), else the
     * last person named before it.
     */
    private static Mention speaker(Document document, Sentence sentence, List<Mention> found, DocumentFocus focus) {
        DependencyGraph graph = new DependencyGraph(document);
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            if (SPEECH_VERBS.contains(document.token(t).lemma().toLowerCase(Locale.ROOT))) {
                for (int subject : graph.children(t, "nsubj")) {
                    for (Mention m : found) {
                        if (m.coversToken(subject) && m.actor().isKnown()) {
                            return m;
                        }
                    }
                }
            }
        }
        return focus.lastPerson();
    }

    private static boolean isSubject(Document document, int token) {
        return document.dependencies().stream().anyMatch(d -> d.dependent() == token
                && (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")));
    }

    /** PERSON and ORGANIZATION names that NER finds and no dictionary knows, reported so analysts can add them. */
    private static List<Mention> unknownEntities(Document document, Sentence sentence, List<Mention> found) {
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
                        t, end, headOf(document, t, end), Actor.unknown(null, text), "ner", null));
                t = end;
            } else {
                t++;
            }
        }
        return out;
    }
}
