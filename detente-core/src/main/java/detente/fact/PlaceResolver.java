package detente.fact;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Mention;
import detente.doc.Place;
import detente.doc.Sentence;
import detente.doc.Timex;
import detente.doc.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places named after a locative preposition ("in Erbil", "in northern Iraq", "in the Red Sea", "in the
 * southeastern city of Kerman"), resolved through the {@link Gazetteer}: regions and waters first, then
 * countries, then cities. A city name shared by several places goes to the one in a country the article talks
 * about (more mentions weigh more, a mention in the same sentence most), else to a capital, a provincial seat or
 * the place with most settlements around it.
 */
final class PlaceResolver {

    /** A place phrase in the text, its head token and the resolved place. */
    record Found(int sentence, int head, int start, int end, Place place) {
    }

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "off", "outside", "inside", "across",
            "around", "into", "within", "throughout");
    private static final Set<String> DIRECTIONS = Set.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west");

    private final Document document;
    private final DependencyGraph graph;
    private final Gazetteer gazetteer;
    private final List<Timex> timexes;
    private final Map<String, Integer> articleCountries = new HashMap<>();

    PlaceResolver(Document document, DependencyGraph graph, Gazetteer gazetteer, List<Timex> timexes) {
        this.document = document;
        this.graph = graph;
        this.gazetteer = gazetteer;
        this.timexes = timexes;
        for (Mention m : document.mentions()) {
            // A capital read as a place ("in Tripoli") is what is being placed, not evidence for a country.
            if (m.actor().country() != null && m.via() != Mention.Via.PLACE) {
                articleCountries.merge(m.actor().country(), 1, Integer::sum);
            }
        }
    }

    /** Every place phrase of a sentence that the gazetteer knows, in text order. */
    List<Found> inSentence(Sentence sentence) {
        List<Found> out = new ArrayList<>();
        for (int t = sentence.firstToken(); t < sentence.endToken() - 1; t++) {
            Token prep = document.token(t);
            if (!LOCATIVE.contains(prep.text().toLowerCase(Locale.ROOT)) || !prep.pos().equals("IN")) {
                continue;
            }
            int end = t + 1;
            while (end < sentence.endToken() && end - t <= 7 && phraseWord(document.token(end))) {
                end++;
            }
            Found found = resolve(sentence, t + 1, end);
            if (found != null) {
                out.add(found);
                t = end - 1;
            }
        }
        return out;
    }

    private static boolean phraseWord(Token token) {
        String pos = token.pos();
        return pos.startsWith("NNP") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("HYPH")
                || pos.startsWith("NN") || token.text().equals("of") || token.text().equals("-");
    }

    private Found resolve(Sentence sentence, int from, int end) {
        int first = from;
        while (first < end && document.token(first).pos().equals("DT")) {
            first++;
        }
        if (first >= end || overlapsTimex(document.token(first).start(), document.token(end - 1).end())) {
            return null;
        }
        // The whole phrase ("Red Sea", "Gaza Strip", "northern Iraq"), then "X of Y" → Y, then proper-noun runs.
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[] {first, end});
        boolean directional = DIRECTIONS.contains(document.token(first).text().toLowerCase(Locale.ROOT));
        if (directional) {
            spans.add(new int[] {first + 1, end});
        }
        for (int t = end - 1; t > first; t--) {
            if (document.token(t).text().equals("of")) {
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
        for (int[] span : spans) {
            if (span[0] >= span[1] || !Character.isUpperCase(document.token(span[0]).text().charAt(0))
                    && !directional) {
                continue;
            }
            int start = document.token(span[0]).start();
            int stop = document.token(span[1] - 1).end();
            String name = document.textOf(start, stop);
            Optional<Place> place = lookup(name, sentence);
            if (place.isPresent()) {
                int nameStart = directional && span[0] == first + 1 ? document.token(first).start() : start;
                Place p = place.get();
                if (nameStart != start) {
                    p = new Place(document.textOf(nameStart, stop), p.country(), p.admin1(), p.lat(), p.lon(),
                            p.precision());
                }
                return new Found(sentence.index(), ClauseHeads.spanHead(graph, span[0], span[1]), nameStart, stop, p);
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}'’. -]*\\p{Lu})(?:,\\s*(\\p{Lu}[\\p{L}'’. -]+?))?(?:,\\s*\\p{Lu}\\p{Ll}{2,}\\.?\\s+\\d{1,2})?\\s*[—–]");

    /** The place of a dateline opening one of the first two paragraphs ("KERMAN, Iran, Jan 4 —"), or null. */
    Place dateline(Paragraphs paragraphs) {
        for (Paragraphs.Paragraph p : paragraphs.all().subList(0, Math.min(2, paragraphs.all().size()))) {
            java.util.regex.Matcher m = DATELINE.matcher(document.text().substring(p.start(), p.end()));
            if (!m.find()) {
                continue;
            }
            String name = m.group(1);
            String country = m.group(2) == null ? null : gazetteer.country(m.group(2)).map(Gazetteer.Entry::country)
                    .orElse(null);
            Optional<Gazetteer.Entry> region = gazetteer.region(name);
            if (region.isPresent()) {
                return place(name, region.get(), "region");
            }
            Gazetteer.Entry best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Gazetteer.Entry city : gazetteer.cities(name)) {
                double score = score(city, null) + (city.country().equals(country) ? 10 : 0);
                if (score > bestScore) {
                    best = city;
                    bestScore = score;
                }
            }
            return best == null ? null : place(name, best, "city");
        }
        return null;
    }

    private boolean overlapsTimex(int start, int end) {
        return timexes.stream().anyMatch(x -> x.start() < end && x.end() > start);
    }

    private Optional<Place> lookup(String name, Sentence sentence) {
        Optional<Gazetteer.Entry> region = gazetteer.region(name);
        if (region.isPresent()) {
            return region.map(e -> place(name, e, "region"));
        }
        Optional<Gazetteer.Entry> country = gazetteer.country(name);
        if (country.isPresent()) {
            return country.map(e -> place(name, e, "country"));
        }
        List<Gazetteer.Entry> cities = gazetteer.cities(name);
        if (cities.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return Optional.empty();
        }
        Gazetteer.Entry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Gazetteer.Entry city : cities) {
            double score = score(city, sentence);
            if (score > bestScore) {
                best = city;
                bestScore = score;
            }
        }
        return Optional.of(place(name, best, "city"));
    }

    private double score(Gazetteer.Entry city, Sentence sentence) {
        double score = Math.log1p(city.neighbours());
        if (city.admin1() != null && Gazetteer.key(city.admin1()).startsWith(Gazetteer.key(city.name()))) {
            score += 1.5;
        }
        if (gazetteer.isCapital(city)) {
            score += 2;
        }
        int mentions = articleCountries.getOrDefault(city.country(), 0);
        if (mentions > 0) {
            score += 2 + Math.log1p(mentions);
        }
        for (Mention m : document.mentions()) {
            if (sentence != null && m.sentence() == sentence.index() && m.via() != Mention.Via.PLACE
                    && city.country().equals(m.actor().country())) {
                score += 1;
                break;
            }
        }
        return score;
    }

    private static Place place(String name, Gazetteer.Entry e, String precision) {
        return new Place(name, e.country(), e.admin1(), e.lat(), e.lon(), precision);
    }
}
