package detente.eval;

import detente.dedup.EventMatch;
import detente.doc.Document;
import detente.doc.Event;
import detente.doc.Place;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scores event places and dates against a gold file of one row per report ({@code examples/gold/places.tsv}):
 * the place, country and day of the event the report is about. A report's country is right when one of its
 * events is placed in the gold country (for international waters: placed with no country); its place is right
 * when such an event's place has the gold name, or its province has it, or the gold names a country and the event
 * is placed in that country; its date is right when such an event's date, read with its precision (a week-dated
 * event covers its week), covers the gold day. A report passes when one event has place and date right.
 */
public final class PlaceEvaluation {

    /** One gold row: {@code places} are the accepted names of the place, {@code level} what kind of place it is. */
    public record GoldPlace(String file, List<String> places, String country, LocalDate date, String level) {
    }

    /** One report scored: what was expected, and the best event found for it (null when none was coded). */
    public record Item(GoldPlace gold, int events, boolean countryRight, boolean placeRight, boolean dateRight,
                       Event best) {
        public boolean passed() {
            return placeRight && dateRight;
        }
    }

    /** All reports scored, and how many of all coded events got a place. */
    public record Score(List<Item> items, int events, int placedEvents) {

        public int passed() {
            return (int) items.stream().filter(Item::passed).count();
        }

        public int withEvents() {
            return (int) items.stream().filter(i -> i.events() > 0).count();
        }

        public int countryRight() {
            return (int) items.stream().filter(Item::countryRight).count();
        }

        public int placeRight() {
            return (int) items.stream().filter(Item::placeRight).count();
        }

        public int dateRight() {
            return (int) items.stream().filter(Item::dateRight).count();
        }
    }

    private PlaceEvaluation() {
    }

    /** Reads the gold file; a malformed row is an {@link IllegalArgumentException} naming the file and line. */
    public static List<GoldPlace> readGold(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
        List<GoldPlace> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            try {
                if (c.length != 5 || c[0].isBlank() || c[1].isBlank() || !LEVELS.contains(c[4].strip())) {
                    throw new IllegalArgumentException("5 tab-separated columns expected (file, place, country, date,"
                            + " level: one of " + LEVELS + ")");
                }
                out.add(new GoldPlace(c[0].strip(), List.of(c[1].strip().split("\\|")),
                        c[2].isBlank() ? null : c[2].strip(), LocalDate.parse(c[3].strip()), c[4].strip()));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Codes each gold report with {@code code} and scores it. */
    public static Score score(List<GoldPlace> gold, Function<String, Document> code) {
        List<Item> items = new ArrayList<>();
        int events = 0;
        int placed = 0;
        for (GoldPlace g : gold) {
            List<Event> coded = code.apply(g.file()).events();
            events += coded.size();
            placed += (int) coded.stream().filter(e -> e.location() != null).count();
            items.add(item(g, coded));
        }
        return new Score(List.copyOf(items), events, placed);
    }

    static Item item(GoldPlace g, List<Event> events) {
        boolean country = false;
        boolean place = false;
        boolean date = false;
        Event best = null;
        int bestRank = -1;
        for (Event e : events) {
            Place p = e.location();
            boolean c = p != null && Objects.equals(p.country(), g.country());
            boolean n = c && namesPlace(p, g);
            boolean d = covers(e, g.date());
            int rank = (c ? 1 : 0) + (n ? 2 : 0) + (n && d ? 4 : 0);
            if (rank > bestRank) {
                best = e;
                bestRank = rank;
            }
            country |= c;
            place |= n;
            date |= n && d;
        }
        return new Item(g, events.size(), country, place, date, best);
    }

    private static final List<String> LEVELS = List.of("point", "city", "admin1", "region", "sea", "country");

    /** The event's place (already in the gold country) has a gold name, or lies in a gold country-level place. */
    private static boolean namesPlace(Place p, GoldPlace g) {
        if (g.level().equals("country")) {
            return true;
        }
        for (String name : g.places()) {
            String key = key(name);
            if (key.equals(key(p.name())) || p.admin1() != null && key.equals(key(p.admin1()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(Event e, LocalDate day) {
        if (e.date() == null) {
            return false;
        }
        return !day.isBefore(e.date()) && !day.isAfter(EventMatch.lastDay(e.date(), e.datePrecision()));
    }

    private static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
