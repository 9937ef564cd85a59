package detente.actor;

import detente.doc.Actor;
import detente.doc.Dependency;
import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Mention;
import detente.doc.Sentence;
import detente.doc.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Role words ("officials", "troops", "interior ministry") and what ties them to a country: a place phrase after
 * them ("soldiers from Gondor"), a place that qualifies them ("Iran's interior ministry"), a country role they are
 * coordinated with ("Danish media and government"), the place of their clause for civilians, the country of an
 * institution ("Congress" → USALEG); and, when nothing does, the role-only actor ({@code ---GOV}).
 */
final class RoleWords {

    private static final Set<String> OF_PLACE = Set.of("of", "from", "in");
    /**
     * Roles taken to be of the country where their clause happens: civilians, and armed groups of no state (struck
     * "in Pakistan's Balochistan province", militants there are PAKINS). Soldiers or officials are often abroad.
     */
    private static final Set<String> LOCAL_ROLES = Set.of("CVL", "INS", "REB", "UAF", "SEP");

    /** The type of a people without a state of its own ("the Kurds"): its role words compose like a country's. */
    static final String ETHNIC = "ETH";

    private static final Set<String> ARMED_ROLES = Set.of("MIL", "COP");

    private final ActorDictionary dictionary;

    RoleWords(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The code of an organisation's people in a role: "UN troops", "NATO forces" are an IGO's armed contingent
     * (IGOUNOMIL), not the body itself; its spokesman or envoy, and any armed group's fighters, keep its code.
     */
    static String inRole(Organisation org, Agent agent) {
        if (agent != null && ETHNIC.equals(org.type())) {
            // "Kurdish militants" (KURINS), "Kurdish forces" (KURMIL): a people with a role, as a country would be.
            return ActorCodes.join(org.code(), agent.code());
        }
        return agent != null && "IGO".equals(org.type()) && ARMED_ROLES.contains(agent.code())
                ? ActorCodes.join(org.code(), agent.code()) : org.code();
    }

    /**
     * A role word with the country it belongs to in a phrase after it: "soldiers from Gondor" (GONMIL),
     * "the government of Gondor", "lawmakers in Fornost and Gondor" (one mention per country, same span).
     */
    List<Mention> agentOfPlace(Document document, DependencyGraph graph, Sentence sentence,
                               List<TermMatcher.Match> group, List<List<TermMatcher.Match>> groups,
                               List<Mention> located) {
        if (group.stream().anyMatch(m -> NameGroups.primaryKind(m) != Term.Kind.AGENT)) {
            return List.of();
        }
        Agent agent = group.get(0).first(Term.Kind.AGENT).agent();
        int first = group.get(0).first();
        int head = graph.headOf(first, group.get(group.size() - 1).end());
        List<Country> countries = new ArrayList<>();
        List<Organisation> organisations = new ArrayList<>();
        int end = group.get(group.size() - 1).end();
        for (Dependency edge : graph.children(head)) {
            if (!edge.baseRelation().equals("nmod") || !OF_PLACE.contains(edge.subtype())) {
                continue;
            }
            List<Integer> tokens = new ArrayList<>(List.of(edge.dependent()));
            // "in Fornost and Gondor", but not "in the north and Tehran": conjuncts only of a place.
            if (isPlaceToken(edge.dependent(), groups)) {
                tokens.addAll(graph.conjuncts(edge.dependent()));
            }
            if (dictionary.words().is(ActorWords.PLACE, document.token(edge.dependent()).lemma())) {
                // "the mayor of the northern West Bank city of Nablus", "in Iran's Sistan-Baluchestan province"
                tokens.addAll(graph.children(edge.dependent(), "nmod:of", "nmod:poss", "compound"));
            }
            for (int token : tokens) {
                for (Mention place : located) {
                    Country country = place.coversToken(token) ? dictionary.country(place.actor().country()).orElse(null)
                            : null;
                    if (country != null && !countries.contains(country)) {
                        countries.add(country);
                        end = Math.max(end, place.endToken());
                    }
                }
                for (List<TermMatcher.Match> other : groups) {
                    TermMatcher.Match match = other.get(0);
                    if (other.size() == 1 && token >= match.first() && token < match.end()
                            && (NameGroups.primaryKind(match) == Term.Kind.COUNTRY || NameGroups.primaryKind(match) == Term.Kind.SEAT)) {
                        Term place = match.first(NameGroups.primaryKind(match));
                        if (!countries.contains(place.country())) {
                            countries.add(place.country());
                        }
                        end = Math.max(end, match.end());
                    }
                    Term organisation = other.stream().filter(m -> NameGroups.primaryKind(m) == Term.Kind.ORGANISATION)
                            .map(m -> m.first(Term.Kind.ORGANISATION)).findFirst().orElse(null);
                    if (organisation != null && !edge.subtype().equals("in") && token >= match.first()
                            && token < other.get(other.size() - 1).end()
                            && !organisations.contains(organisation.organisation())) {
                        // "insurgents from the Islamic State", "leaders of Egypt's Muslim Brotherhood"
                        organisations.add(organisation.organisation());
                        end = Math.max(end, other.get(other.size() - 1).end());
                    }
                }
            }
        }
        // "Lawmakers and officials in Fornost": the place phrase belongs to every coordinated role word.
        List<Agent> agents = new ArrayList<>(List.of(agent));
        for (int conjunct : graph.conjuncts(head)) {
            Agent other = conjunct > head && conjunct < end ? agentAt(document, graph, conjunct) : null;
            if (other != null && !agents.contains(other)) {
                agents.add(other);
            }
        }
        List<Mention> out = new ArrayList<>();
        int from = NameGroups.withDeterminer(document, sentence, first);
        if (countries.isEmpty()) {
            for (Organisation org : organisations) {
                out.add(Mention.over(document, sentence.index(), from, end, head,
                        new Actor(inRole(org, agent), org.country(), org.key(), org.name()), Mention.Via.COMPOSED, null));
            }
        }
        for (Agent role : agents) {
            for (Country country : countries) {
                String code = ActorCodes.join(country.code(), role.code());
                out.add(Mention.over(document, sentence.index(), from, end, head,
                        new Actor(code, country.code(), null, null), Mention.Via.COMPOSED, null));
            }
        }
        return out;
    }

    /**
     * Role words that nothing ties to a country, organisation or earlier actor ("a senior official said",
     * "insurgents shelled the city"): an actor of that role whose country is unknown, coded {@code ---GOV} as
     * PETRARCH prints it. Only the head of its noun phrase counts ("government forces" is MIL, not GOV), and
     * only when no reference resolved the words first ("the rebels" after the Houthis are the Houthis).
     */
    List<Mention> roleOnly(Document document, DependencyGraph graph, Sentence sentence,
                           List<List<TermMatcher.Match>> groups, List<Mention> found, Mention theatre) {
        List<Mention> out = new ArrayList<>();
        for (List<TermMatcher.Match> group : groups) {
            if (group.stream().anyMatch(m -> NameGroups.primaryKind(m) != Term.Kind.AGENT)) {
                continue;
            }
            int first = group.get(0).first();
            int end = group.get(group.size() - 1).end();
            int head = graph.headOf(first, end);
            String relation = graph.relation(head);
            if (!document.token(head).isNoun() || relation.equals("compound") || relation.equals("amod")
                    || relation.equals("nmod:poss")
                    || found.stream().anyMatch(m -> m.coversToken(head))) {
                continue;
            }
            if (first > sentence.firstToken() && document.token(first - 1).isProperNoun()
                    && found.stream().noneMatch(m -> m.coversToken(first - 1))) {
                // "the Galaxy Leader": a role word inside a name that no dictionary knows.
                continue;
            }
            // The last role word decides: "opposition leader" is one agent, "security officials" another.
            Agent agent = group.get(group.size() - 1).first(Term.Kind.AGENT).agent();
            int from = first;
            // The whole phrase: "a senior official", "the two rebel commanders".
            while (from > sentence.firstToken() && graph.head(from - 1) == head
                    && Set.of("det", "amod", "nummod", "compound", "advmod").contains(graph.relation(from - 1))) {
                from--;
            }
            Mention owner = possessor(document, graph, head, found);
            if (owner == null && graph.children(head, "nmod:poss").stream().anyMatch(p -> document.token(p).pos()
                    .equals("PRP$"))) {
                // "its envoy" whose owner we cannot tell names someone's official, not an unknown one.
                continue;
            }
            Mention shared = owner != null ? owner : from == first ? sharedPlace(graph, head, found) : null;
            if (shared == null && LOCAL_ROLES.contains(agent.code())) {
                shared = placeOfClause(graph, head, found);
            }
            String sponsor = null;
            for (int t = from; t < first && sponsor == null; t++) {
                sponsor = sponsorOf(document.token(t));
            }
            if (shared == null && sponsor != null) {
                // "Turkish-backed rebels" fight where the sentence, else the story, places them: SYRREB, sponsor TUR.
                Mention place = placeIn(sentence, found, sponsor);
                shared = place != null ? place : theatre != null && !sponsor.equals(theatre.actor().country()) ? theatre : null;
            }
            Actor actor = shared != null ? (shared.actor().group() != null ? shared.actor()
                    : new Actor(ActorCodes.join(shared.actor().country(), agent.code()), shared.actor().country(), null, null))
                    : agent.country() != null ? new Actor(ActorCodes.join(agent.country(), agent.code()), agent.country(), null, null)
                    : Actor.roleOnly(agent.code());
            Mention.Via via = shared != null ? Mention.Via.COMPOSED
                    : agent.country() != null ? Mention.Via.INSTITUTION : Mention.Via.ROLE;
            out.add(Mention.over(document, sentence.index(), from, end, head, actor, via, sponsor));
        }
        return out;
    }

    /**
     * Whose role it is: "the group's naval forces" (the group the anaphor names), "its envoy" (the last actor named
     * before it in the sentence). Null when the phrase has no possessor or it names no one.
     */
    private static Mention possessor(Document document, DependencyGraph graph, int head, List<Mention> found) {
        for (int p : graph.children(head, "nmod:poss")) {
            for (Mention m : found) {
                if (m.coversToken(p) && m.actor().isKnown() && !m.actor().isRoleOnly()
                        && (m.actor().group() != null || m.actor().country() != null)) {
                    return m;
                }
            }
            String word = document.token(p).text().toLowerCase(java.util.Locale.ROOT);
            if (word.equals("its") || word.equals("their")) {
                // The last actor named before it in the sentence, a subject first: "Russia called a meeting of
                // the Council, where its envoy ..." is Russia's envoy.
                Mention last = null;
                Mention lastSubject = null;
                for (Mention m : found) {
                    if (m.endToken() <= p && m.sentence() == document.token(p).sentence() && m.actor().isKnown()
                            && !m.actor().isRoleOnly() && m.via() != Mention.Via.PLACE
                            && (m.actor().group() != null || m.actor().country() != null)) {
                        if (last == null || m.start() > last.start()) {
                            last = m;
                        }
                        if (graph.isSubject(m.head()) && (lastSubject == null || m.start() > lastSubject.start())) {
                            lastSubject = m;
                        }
                    }
                }
                return lastSubject != null ? lastSubject : last;
            }
        }
        return null;
    }

    /** The first place of the sentence ("in northern Syria") in another country than {@code except}. */
    private static Mention placeIn(Sentence sentence, List<Mention> found, String except) {
        return found.stream().filter(m -> m.sentence() == sentence.index() && m.via() == Mention.Via.PLACE
                && m.actor().country() != null && !m.actor().country().equals(except)).findFirst().orElse(null);
    }

    /** The country a "Turkish-backed" or "Iran-aligned" modifier names as the backer, or null. */
    String sponsorOf(Token token) {
        int dash = token.text().lastIndexOf('-');
        if (dash <= 0 || !dictionary.words().is(ActorWords.SPONSOR, token.text().substring(dash + 1))) {
            return null;
        }
        return dictionary.find(token.text().substring(0, dash)).stream()
                .filter(t -> t.country() != null).map(t -> t.country().code()).findFirst().orElse(null);
    }

    /**
     * "Four civilians were killed in Gaza", "struck militants in Pakistan's Balochistan province": a {@link
     * #LOCAL_ROLES} role with no nationality of its own is taken to be of the country where its clause happens.
     */
    private static Mention placeOfClause(DependencyGraph graph, int head, List<Mention> found) {
        // Its own place phrase first ("hideouts in Iran's Sistan-Baluchestan province"), then its governor's: the
        // verb of a subject or object, the noun of a phrase it completes ("strikes on hideouts in ...").
        // ("carried out strikes on hideouts in ...": the place phrase may hang on the verb two steps up).
        List<Integer> phrases = new ArrayList<>(graph.children(head, "nmod:in"));
        int token = head;
        for (int step = 0; step < 2; step++) {
            int governor = graph.head(token);
            String relation = graph.relation(token);
            if (governor < 0 || !(relation.startsWith("nsubj") || relation.equals("obj") || relation.startsWith("obl:")
                    || relation.startsWith("nmod:"))) {
                break;
            }
            phrases.addAll(graph.children(governor, "obl:in", "obl:at", "nmod:in", "nmod:at"));
            token = governor;
        }
        for (int phrase : phrases) {
            // "in Gaza", "in the east of the Gaza Strip", "in Pakistan's Balochistan province"
            List<Integer> places = new ArrayList<>(List.of(phrase));
            places.addAll(graph.children(phrase, "nmod:of", "nmod:poss", "compound"));
            for (int place : places) {
                for (Mention m : found) {
                    if (m.coversToken(place) && (m.via() == Mention.Via.PLACE || m.via() == Mention.Via.DICTIONARY)
                            && m.actor().country() != null && m.actor().code().equals(m.actor().country())) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "Danish media and government": a bare role word coordinated with a country's role shares its country. A
     * conjunct with its own determiner ("Turkish troops and the rebels") is a phrase of its own.
     */
    private static Mention sharedPlace(DependencyGraph graph, int head, List<Mention> found) {
        if (!graph.relation(head).equals("conj") || graph.head(head) < 0) {
            return null;
        }
        int governor = graph.head(head);
        return found.stream().filter(m -> m.coversToken(governor) && m.via() == Mention.Via.COMPOSED
                && m.actor().country() != null).findFirst().orElse(null);
    }

    private static boolean isPlaceToken(int token, List<List<TermMatcher.Match>> groups) {
        for (List<TermMatcher.Match> other : groups) {
            TermMatcher.Match match = other.get(0);
            if (token >= match.first() && token < match.end()
                    && (NameGroups.primaryKind(match) == Term.Kind.COUNTRY || NameGroups.primaryKind(match) == Term.Kind.SEAT)) {
                return true;
            }
        }
        return false;
    }

    /** A role word that a place name qualifies, and where it is. */
    record Governor(Agent agent, int token, boolean extend) {
    }

    /**
     * The role word a country name or adjective qualifies through {@code amod}, {@code nmod:poss} or
     * {@code compound}, following coordination ("American and British forces" → forces for both).
     */
    Governor agentGovernor(Document document, DependencyGraph graph, int head) {
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
}
