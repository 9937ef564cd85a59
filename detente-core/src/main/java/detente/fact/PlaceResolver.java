package detente.fact;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Mention;
import detente.doc.Place;
import detente.doc.Sentence;
import detente.doc.Timex;
import detente.doc.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places an article names, resolved through the {@link Gazetteer}: phrases after a locative preposition
 * ("in Erbil", "in northern Iraq", "off the coast of Yemen", "in the southeastern city of Kerman") and bare names
 * the NER tags as locations ("Erbil was struck"). A name shared by several places goes to the one the evidence
 * favours: its size and rank (capital, provincial seat), the countries the article's actors belong to, and the
 * article's other places. A country name stays the country unless another place of the article lies in the
 * namesake province ("Georgia" is the US state only beside Atlanta). A name that is part of an organisation's, a
 * building's or a person's name ("Tehran University", "the Washington Post", NER PERSON or ORGANIZATION) is no
 * place.
 */
final class PlaceResolver {

    /** One reading of a place name, with the score that its size, rank and the article's evidence give it. */
    record Candidate(Gazetteer.Entry entry, double score, boolean similar) {
    }

    /**
     * A place named in the text: its head token, its span, and its readings, best first. {@code phrase} is true
     * after a locative preposition, false for a bare name.
     */
    record Found(int sentence, int head, int start, int end, String name, boolean phrase, String level,
                 List<Candidate> candidates) {

        /** The best reading. */
        Place place() {
            return place(Set.of());
        }

        /** The best reading when the event's actors belong to these countries. */
        Place place(Set<String> actorCountries) {
            Candidate best = candidates.get(0);
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Candidate c : candidates) {
                String country = c.entry().country();
                double score = c.score() + (country != null && actorCountries.contains(country) ? ACTOR_BONUS : 0);
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            Gazetteer.Entry e = best.entry();
            return new Place(name, e.country(), e.admin1(), e.lat(), e.lon(), level != null ? level : e.level(), null,
                    start, end);
        }
    }

    static final double ACTOR_BONUS = 1.5;

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "off", "outside", "inside", "across",
            "around", "into", "within", "throughout");
    private static final Set<String> DIRECTIONS = Set.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west",
            "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
            "south-west", "upper", "lower");
    private static final Set<String> GENERIC = Set.of("centre", "center", "capital", "coast", "middle", "city",
            "region", "province", "state", "border", "interior");
    private static final Set<String> LOCATION_NER = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    private static final Set<String> NOT_PLACE_NER = Set.of("PERSON", "ORGANIZATION", "TITLE", "MISC");

    private final Document document;
    private final DependencyGraph graph;
    private final Gazetteer gazetteer;
    private final List<Timex> timexes;
    private final Map<String, Integer> actorCountries = new HashMap<>();
    private final Map<Integer, List<Found>> bySentence = new LinkedHashMap<>();

    PlaceResolver(Document document, DependencyGraph graph, Gazetteer gazetteer, List<Timex> timexes) {
        this.document = document;
        this.graph = graph;
        this.gazetteer = gazetteer;
        this.timexes = timexes;
        for (Mention m : document.mentions()) {
            // A capital read as a place ("in Tripoli") is what is being placed, not evidence for a country.
            if (m.actor().country() != null && m.via() != Mention.Via.PLACE) {
                actorCountries.merge(m.actor().country(), 1, Integer::sum);
            }
        }
        List<Raw> raw = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            find(s, raw);
        }
        Evidence evidence = new Evidence(raw);
        for (Raw r : raw) {
            bySentence.computeIfAbsent(r.sentence, k -> new ArrayList<>()).add(r.resolve(evidence));
        }
    }

    /** A name found in the text, before its readings are weighed. */
    private final class Raw {
        final int sentence;
        final int head;
        final int start;
        final int end;
        final String name;
        final boolean phrase;
        final String level;
        final List<Gazetteer.Entry> entries;
        final boolean similar;

        Raw(Sentence s, int head, int start, int end, String name, boolean phrase, String level,
            List<Gazetteer.Entry> entries, boolean similar) {
            this.sentence = s.index();
            this.head = head;
            this.start = start;
            this.end = end;
            this.name = name;
            this.phrase = phrase;
            this.level = level;
            this.entries = entries;
            this.similar = similar;
        }

        Found resolve(Evidence evidence) {
            List<Candidate> out = new ArrayList<>(entries.size());
            for (Gazetteer.Entry e : entries) {
                out.add(new Candidate(e, score(e, sentence, evidence, this) - (similar ? 1 : 0), similar));
            }
            out.sort(Comparator.comparingDouble(Candidate::score).reversed());
            return new Found(sentence, head, start, end, name, phrase, level, List.copyOf(out));
        }
    }

    /**
     * What the article's places say about where it is: the country and province of each name's likeliest reading
     * on size and rank alone. A name is weighed against the others, never against itself.
     */
    private final class Evidence {
        final Map<String, Integer> placeCountries = new HashMap<>();
        final Map<String, Integer> placeAdmin1 = new HashMap<>();
        final Map<Raw, Gazetteer.Entry> likeliest = new HashMap<>();

        Evidence(List<Raw> raw) {
            for (Raw r : raw) {
                if (r.similar) {
                    continue;
                }
                Gazetteer.Entry best = null;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (Gazetteer.Entry e : r.entries) {
                    double score = base(e);
                    if (score > bestScore) {
                        best = e;
                        bestScore = score;
                    }
                }
                if (best == null || best.country() == null) {
                    continue;
                }
                likeliest.put(r, best);
                placeCountries.merge(best.country(), 1, Integer::sum);
                if (best.admin1() != null && !best.level().equals("admin1") && !best.level().equals("country")) {
                    placeAdmin1.merge(province(best), 1, Integer::sum);
                }
            }
        }

        int countries(String country, Raw self) {
            Gazetteer.Entry own = likeliest.get(self);
            return placeCountries.getOrDefault(country, 0) - (own != null && country.equals(own.country()) ? 1 : 0);
        }

        int provinces(String province, Raw self) {
            Gazetteer.Entry own = likeliest.get(self);
            boolean mine = own != null && own.admin1() != null && !own.level().equals("admin1")
                    && province.equals(province(own));
            return placeAdmin1.getOrDefault(province, 0) - (mine ? 1 : 0);
        }
    }

    private static String province(Gazetteer.Entry e) {
        return e.country() + "|" + Gazetteer.key(e.admin1());
    }

    /** Every place named in a sentence, in text order. */
    List<Found> inSentence(Sentence sentence) {
        return bySentence.getOrDefault(sentence.index(), List.of());
    }

    /** Every place named in the article, in text order. */
    List<Found> all() {
        List<Found> out = new ArrayList<>();
        bySentence.values().forEach(out::addAll);
        return out;
    }

    private void find(Sentence sentence, List<Raw> out) {
        boolean[] taken = new boolean[sentence.endToken() - sentence.firstToken()];
        for (int t = sentence.firstToken(); t < sentence.endToken() - 1; t++) {
            Token prep = document.token(t);
            if (!LOCATIVE.contains(prep.text().toLowerCase(Locale.ROOT)) || !prep.pos().equals("IN")) {
                continue;
            }
            int end = t + 1;
            while (end < sentence.endToken() && end - t <= 7 && phraseWord(document.token(end))) {
                end++;
            }
            Raw found = resolvePhrase(sentence, t + 1, end);
            while (found != null) {
                out.add(found);
                for (int i = t + 1; i < end; i++) {
                    taken[i - sentence.firstToken()] = true;
                }
                t = end - 1;
                // "in northern Iraq and (in) Syria": the conjoined place is a place of the same preposition.
                found = null;
                int next = end;
                if (next < sentence.endToken() - 1 && (document.token(next).text().equals("and")
                        || document.token(next).text().equals("or") || document.token(next).text().equals(","))) {
                    next++;
                    if (LOCATIVE.contains(document.token(next).text().toLowerCase(Locale.ROOT))) {
                        next++;
                    }
                    end = next;
                    while (end < sentence.endToken() && end - next < 7 && phraseWord(document.token(end))) {
                        end++;
                    }
                    if (end > next) {
                        found = resolvePhrase(sentence, next, end);
                        t = next - 1;
                    }
                }
            }
        }
        // Bare names the NER calls locations: "Erbil was struck", "an Erbil hospital".
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            if (taken[t - sentence.firstToken()] || !document.token(t).isProperNoun()
                    || !LOCATION_NER.contains(document.token(t).ner())) {
                continue;
            }
            int end = t + 1;
            while (end < sentence.endToken() && document.token(end).isProperNoun()
                    && LOCATION_NER.contains(document.token(end).ner()) && !taken[end - sentence.firstToken()]) {
                end++;
            }
            int first = t;
            t = end - 1;
            if (namesSomethingElse(first, end, sentence)) {
                continue;
            }
            String name = document.textOf(document.token(first).start(), document.token(end - 1).end());
            List<Gazetteer.Entry> entries = readings(name);
            if (!entries.isEmpty() && !entries.get(0).level().equals("country")) {
                out.add(new Raw(sentence, ClauseHeads.spanHead(graph, first, end), document.token(first).start(),
                        document.token(end - 1).end(), name, false, null, entries, false));
            }
        }
        out.sort(Comparator.comparingInt((Raw r) -> r.sentence).thenComparingInt(r -> r.start));
    }

    private static boolean phraseWord(Token token) {
        String pos = token.pos();
        return pos.startsWith("NNP") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("HYPH")
                || pos.startsWith("NN") || pos.equals("POS") || token.text().equals("of") || token.text().equals("-");
    }

    /**
     * Whether the proper nouns {@code [first, end)} name an organisation, a building or a person: the NER says so,
     * or a word like "University" or "Post" follows.
     */
    private boolean namesSomethingElse(int first, int end, Sentence sentence) {
        int other = 0;
        for (int t = first; t < end; t++) {
            if (NOT_PLACE_NER.contains(document.token(t).ner())) {
                other++;
            }
        }
        if (other * 2 > end - first) {
            return true;
        }
        if (end < sentence.endToken()) {
            Token next = document.token(end);
            if (gazetteer.makesNameNoPlace(next.text()) || next.text().equals("'s")
                    && end + 1 < sentence.endToken() && gazetteer.makesNameNoPlace(document.token(end + 1).text())) {
                return true;
            }
        }
        // "Jordan Peterson": a place name run on into a person's name.
        return end < sentence.endToken() && document.token(end).isProperNoun()
                && "PERSON".equals(document.token(end).ner());
    }

    private Raw resolvePhrase(Sentence sentence, int from, int end) {
        int first = from;
        while (first < end && document.token(first).pos().equals("DT")) {
            first++;
        }
        if (first >= end || overlapsTimex(document.token(first).start(), document.token(end - 1).end())) {
            return null;
        }
        // The whole phrase ("Red Sea", "Gaza Strip"), then without a direction ("northern Iraq"), then "X of Y"
        // -> Y, then the runs of proper nouns, last first.
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[] {first, end});
        boolean directional = DIRECTIONS.contains(document.token(first).text().toLowerCase(Locale.ROOT));
        if (directional) {
            spans.add(new int[] {first + 1, end});
        }
        for (int t = end - 1; t > first; t--) {
            // "the city of Kerman" -> Kerman; "Iran's Sistan-Baluchestan province" -> Sistan-Baluchestan province
            if (document.token(t).text().equals("of") || document.token(t).pos().equals("POS")) {
                spans.add(new int[] {t + 1, end});
            }
        }
        for (int t = end - 1; t >= first; t--) {
            if (document.token(t).isProperNoun()) {
                int runEnd = t + 1;
                while (t > first && document.token(t - 1).isProperNoun()) {
                    t--;
                }
                spans.add(new int[] {t, runEnd});
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int[] span : spans) {
                int a = span[0];
                while (a < span[1] && document.token(a).pos().equals("DT")) {
                    a++;
                }
                if (a >= span[1] || !Character.isUpperCase(document.token(a).text().charAt(0))) {
                    continue;
                }
                if (namesSomethingElse(a, span[1], sentence)) {
                    continue;
                }
                String name = document.textOf(document.token(a).start(), document.token(span[1] - 1).end());
                List<Gazetteer.Entry> entries = pass == 0 ? readings(name) : similar(name);
                if (span[1] < end && document.token(span[1]).isNoun() && !document.token(span[1]).isProperNoun()) {
                    // "a U.S. drone strike", "at Baltic fuel terminal": a country or a sea before a noun says
                    // whose or which, not where; a town before one still does ("an Erbil hospital").
                    entries = entries.stream().filter(e -> e.isCity() || e.level().equals("admin1")
                            || e.level().equals("point")).toList();
                }
                if (entries.isEmpty()) {
                    continue;
                }
                boolean direction = directional && a == first + 1;
                int nameStart = direction ? document.token(first).start() : document.token(a).start();
                int stop = document.token(span[1] - 1).end();
                String level = direction && entries.get(0).level().equals("country") ? "region" : null;
                return new Raw(sentence, ClauseHeads.spanHead(graph, a, span[1]), nameStart, stop,
                        document.textOf(nameStart, stop), true, level, entries, pass == 1);
            }
        }
        return null;
    }

    /** The readings of a name: a country or a hand-written region or water alone, else every namesake. */
    private List<Gazetteer.Entry> readings(String name) {
        String key = Gazetteer.key(name);
        if (DIRECTIONS.contains(key) || GENERIC.contains(key)) {
            return List.of(); // GeoNames has provinces called "Centre" and "South"; news means a direction
        }
        List<Gazetteer.Entry> named = gazetteer.named(name);
        Optional<Gazetteer.Entry> country = gazetteer.country(name);
        List<Gazetteer.Entry> handWritten = named.stream()
                .filter(e -> e.level().equals("region") || e.level().equals("sea") || e.level().equals("point")).toList();
        if (!handWritten.isEmpty()) {
            return handWritten; // "Gaza" is the Gaza Strip before it is a name of Palestine
        }
        if (country.isEmpty()) {
            return named;
        }
        List<Gazetteer.Entry> out = new ArrayList<>();
        out.add(country.get());
        out.addAll(named);
        return out;
    }

    /** A transliteration matched by its consonants, only in a country the article's actors belong to. */
    private List<Gazetteer.Entry> similar(String name) {
        if (name.length() < 4) {
            return List.of();
        }
        return gazetteer.similar(name).stream().filter(e -> actorCountries.containsKey(e.country())).toList();
    }

    /** What a reading's size and rank say: a country or a named region first, then provinces, then towns. */
    private double base(Gazetteer.Entry e) {
        double score = switch (e.level()) {
            case "country" -> 10;
            case "sea", "region", "point" -> 9;
            case "admin1" -> 4.5 + 0.3 * Math.log10(1 + e.population());
            default -> Math.log10(1 + e.population()) + switch (e.seat()) {
                case 'C' -> 2;
                case 'A' -> 1;
                case '2' -> 0.5;
                default -> 0;
            } + (gazetteer.isCapital(e) && e.seat() != 'C' ? 2 : 0) + (e.population() >= 1_000_000 ? 1 : 0);
        };
        if (e.isCity() && e.seat() != 'C' && e.admin1() != null
                && Gazetteer.key(e.admin1()).startsWith(Gazetteer.key(e.name()))) {
            score += 1.5; // the seat of a province named after it: "Idlib", "Erbil" (a capital has its own weight)
        }
        return score;
    }

    private double score(Gazetteer.Entry e, int sentence, Evidence evidence, Raw self) {
        double score = base(e);
        if (e.country() == null || e.level().equals("country")) {
            return score;
        }
        int actors = actorCountries.getOrDefault(e.country(), 0);
        int places = evidence.countries(e.country(), self);
        if (actors + places > 0) {
            score += 2 + Math.log1p(actors) + 0.75 * Math.log1p(places);
        }
        if (e.admin1() != null && evidence.provinces(province(e), self) > 0) {
            score += 6; // a country's namesake province wins only beside another place in it: Atlanta, Georgia
        }
        for (Mention m : document.mentions()) {
            if (m.sentence() == sentence && m.via() != Mention.Via.PLACE && e.country().equals(m.actor().country())) {
                score += 1;
                break;
            }
        }
        return score;
    }

    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}'’./ -]*\\p{Lu})(?:,\\s*(\\p{Lu}[\\p{L}'’. -]+?))?(?:,\\s*\\p{Lu}\\p{Ll}{2,}\\.?\\s+\\d{1,2})?\\s*(?:[—–]|:\\s)");

    /** The place of a dateline opening one of the first two paragraphs ("KERMAN, Iran, Jan 4 —"), or null. */
    Place dateline(Paragraphs paragraphs) {
        for (Paragraphs.Paragraph p : paragraphs.all().subList(0, Math.min(2, paragraphs.all().size()))) {
            Matcher m = DATELINE.matcher(document.text().substring(p.start(), p.end()));
            if (!m.find()) {
                continue;
            }
            String name = m.group(1);
            if (name.contains("/")) {
                // "WASHINGTON/SANAA": reporters in two places; the first is the desk that filed.
                name = name.substring(0, name.indexOf('/')).strip();
            }
            String country = m.group(2) == null ? null : gazetteer.country(m.group(2)).map(Gazetteer.Entry::country)
                    .orElse(null);
            int start = p.start() + m.start(1);
            Gazetteer.Entry best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Gazetteer.Entry e : readings(name)) {
                double score = base(e) + (e.country() != null && e.country().equals(country) ? 10 : 0)
                        + (e.country() != null && actorCountries.containsKey(e.country()) ? 2 : 0);
                if (score > bestScore) {
                    best = e;
                    bestScore = score;
                }
            }
            return best == null ? null : new Place(name, best.country(), best.admin1(), best.lat(), best.lon(),
                    best.level(), "dateline", start, start + name.length());
        }
        return null;
    }

    /**
     * The article's dominant place: the one named most often, weighed up when its country is one the article's
     * actors belong to or the dateline's; countries count only after a preposition, since a bare country name is
     * mostly an actor. The first named wins a tie.
     */
    Place dominant(Place dateline) {
        Map<String, List<Place>> groups = new LinkedHashMap<>();
        for (Found f : all()) {
            Place p = f.place();
            groups.computeIfAbsent(p.country() + "|" + p.lat() + "|" + p.lon(), k -> new ArrayList<>()).add(p);
        }
        List<Place> best = null;
        double bestWeight = 0;
        for (List<Place> g : groups.values()) {
            String country = g.get(0).country();
            double weight = g.size() + (country == null ? 0 : 0.5 * Math.log1p(actorCountries.getOrDefault(country, 0)))
                    + (dateline != null && country != null && country.equals(dateline.country()) ? 1 : 0);
            if (weight > bestWeight) {
                best = g;
                bestWeight = weight;
            }
        }
        return best == null ? null : best.get(0);
    }

    private boolean overlapsTimex(int start, int end) {
        return timexes.stream().anyMatch(x -> x.start() < end && x.end() > start);
    }
}
