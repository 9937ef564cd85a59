package detente.actor;

import detente.doc.Actor;
import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Layer;
import detente.doc.Mention;
import detente.doc.Sentence;
import detente.pipeline.Stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The actors stage: finds every mention of an actor and resolves it with the article's date in force.
 *
 * <p>Adjacent names in one noun phrase compose: "Iranian President Ebrahim Raisi" is one mention whose person
 * decides the code; "Turkish soldiers" is country plus agent (TURMIL); "Ankara" alone is the government
 * (TURGOV) by metonymy. References that name no one resolve against the document's focus: "the Iranian
 * president" → the holder of that office on the date, "he" in subject position → the last person, "both
 * countries" → the last two actors. Names that NER finds but the dictionary lacks are kept as unknown actors.
 * {@link NameComposer} composes a phrase, {@link RoleWords} ties role words to their country or organisation,
 * {@code ReferenceResolver} resolves references. This class runs an ordered list of named passes over each
 * sentence (names and references in text order, places only NER finds, roles of no named actor, "we" in a quote,
 * names no dictionary knows), each adding to what the ones before it found, and keeps the focus across sentences.
 */
public final class ActorResolver implements Stage {

    public static final String NAME = "actors";


    private final ActorDictionary dictionary;
    private final TermMatcher matcher;
    private final ReferenceResolver references;
    private final RoleWords roles;
    private final NameComposer composer;

    private final PlaceNames places;
    private final List<Pass> passes;

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
        this.composer = new NameComposer(dictionary, roles);
        // The passes over each sentence, in order; each adds to what the ones before it found.
        this.passes = List.of(
                new Pass("names and references", this::namesAndReferences),
                new Pass("places only NER finds", w -> w.located.stream().filter(p -> !w.covered(p.head()))
                        .forEach(w.mentions::add)),
                new Pass("roles of no named actor", w -> w.mentions.addAll(roles.roleOnly(w.document, w.graph,
                        w.sentence, w.roleOnly, w.mentions, lastPlace(w.before)))),
                new Pass("first person in a quote", w -> w.mentions.addAll(references.quotedFirstPerson(w.document,
                        w.graph, w.sentence, w.mentions, w.focus))),
                new Pass("names no dictionary knows", w -> w.mentions.addAll(unknownEntities(w.document, w.graph,
                        w.sentence, w.mentions))));
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
        DependencyGraph graph = document.graph();
        List<Mention> all = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            List<List<TermMatcher.Match>> groups = NameGroups.of(document, matcher.match(document, sentence, date));
            SentenceWork work = new SentenceWork(document, graph, sentence, date, focus, groups,
                    located(document, graph, sentence, groups), all);
            for (Pass pass : passes) {
                pass.reading().read(work);
            }
            work.mentions.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                    : a.actor().toString().compareTo(b.actor().toString()));
            all.addAll(Appositions.rename(graph, work.mentions));
        }
        return all;
    }

    /** One named reading of a sentence that adds mentions to what the passes before it found. */
    private record Pass(String name, SentenceReading reading) {
    }

    private interface SentenceReading {
        void read(SentenceWork work);
    }

    /** What the passes over one sentence share: its dictionary names, NER places, and the mentions so far. */
    private static final class SentenceWork {
        final Document document;
        final DependencyGraph graph;
        final Sentence sentence;
        final LocalDate date;
        final DocumentFocus focus;
        final List<List<TermMatcher.Match>> groups;
        final List<Mention> located;
        /** The mentions of earlier sentences. */
        final List<Mention> before;
        final List<Mention> mentions = new ArrayList<>();
        /** Groups of role words that name no one by themselves ("the minister"), for the role-only pass. */
        final List<List<TermMatcher.Match>> roleOnly = new ArrayList<>();
        /** Tokens that name something in their own right; role words stay free to compose with a place. */
        final boolean[] named;

        SentenceWork(Document document, DependencyGraph graph, Sentence sentence, LocalDate date, DocumentFocus focus,
                     List<List<TermMatcher.Match>> groups, List<Mention> located, List<Mention> before) {
            this.document = document;
            this.graph = graph;
            this.sentence = sentence;
            this.date = date;
            this.focus = focus;
            this.groups = groups;
            this.located = located;
            this.before = before;
            this.named = new boolean[document.tokens().size()];
            groups.forEach(g -> g.stream().filter(m -> NameGroups.primaryKind(m) != Term.Kind.AGENT)
                    .forEach(m -> java.util.Arrays.fill(named, m.first(), m.end(), true)));
        }

        boolean covered(int token) {
            return mentions.stream().anyMatch(m -> m.coversToken(token));
        }

        void add(Mention mention, Person person) {
            mentions.add(mention);
            focus.saw(mention, person, mainSubject(graph, mention.head()));
        }
    }

    /**
     * Names and references in text order, so that "he" and "his counterpart" see only what came before them: each
     * group of dictionary names composes into one mention, and a token no name covers may be a reference.
     */
    private void namesAndReferences(SentenceWork w) {
        int next = 0;
        for (int t = w.sentence.firstToken(); t < w.sentence.endToken(); t++) {
            while (next < w.groups.size() && w.groups.get(next).get(0).first() <= t) {
                composeGroup(w, w.groups.get(next++));
            }
            if (!w.covered(t)) {
                List<Mention> found = references.reference(w.document, w.graph, w.sentence, t, w.focus);
                found.forEach(reference -> w.add(reference, null));
                if (!found.isEmpty()) {
                    t = found.get(0).endToken() - 1;
                }
            }
        }
    }

    private void composeGroup(SentenceWork w, List<TermMatcher.Match> group) {
        if (w.covered(group.get(0).first())) {
            // Already inside a mention that ran over proper names ("Bree Prime Minister Romendacil").
            return;
        }
        NameComposer.Resolved resolved = composer.compose(w.document, w.graph, w.sentence, group, w.date, w.focus,
                w.mentions, w.named);
        if (resolved == null) {
            List<Mention> placed = roles.agentOfPlace(w.document, w.graph, w.sentence, group, w.groups, w.located);
            placed.forEach(m -> w.add(m, null));
            if (placed.isEmpty()) {
                w.roleOnly.add(group);
            }
        } else {
            w.add(resolved.mention(), resolved.person());
            w.mentions.addAll(otherCountries(group, resolved.mention()));
            w.mentions.addAll(coordinatedPlaces(w.groups, resolved.mention()));
        }
    }

    /** The last place the story named ("in Syria"): where roles of no country of their own are, at a pinch. */
    private static Mention lastPlace(List<Mention> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).via() == Mention.Via.PLACE && before.get(i).actor().country() != null) {
                return before.get(i);
            }
        }
        return null;
    }

    /**
     * A name that several countries claim names all of them ("Lorien [ELR/GAL]" in a PETRARCH dictionary): one
     * more mention, same span, for each country after the first.
     */
    private static List<Mention> otherCountries(List<TermMatcher.Match> group, Mention mention) {
        if (group.size() != 1 || NameGroups.primaryKind(group.get(0)) != Term.Kind.COUNTRY || mention.via() != Mention.Via.DICTIONARY) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (Term term : group.get(0).terms()) {
            String code = term.kind() == Term.Kind.COUNTRY ? term.country().code() : null;
            if (code != null && !code.equals(mention.actor().code())
                    && out.stream().noneMatch(m -> m.actor().code().equals(code))) {
                out.add(mention.withActor(new Actor(code, code, null, term.country().name()), Mention.Via.DICTIONARY));
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
        if (mention.via() != Mention.Via.COMPOSED || actor.country() == null || !actor.code().startsWith(actor.country())) {
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
                out.add(mention.withActor(new Actor(ActorCodes.join(country, roles), country, null, null), Mention.Via.COMPOSED));
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
                out.add(Mention.over(document, sentence.index(), first, end, graph.headOf(first, end),
                        new Actor(country.code(), country.code(), null, country.name()), Mention.Via.PLACE, null));
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
                out.add(Mention.over(document, sentence.index(), t, end, graph.headOf(t, end), Actor.unknown(null, text),
                        Mention.Via.NER, null));
                t = end;
            } else {
                t++;
            }
        }
        return out;
    }
}
