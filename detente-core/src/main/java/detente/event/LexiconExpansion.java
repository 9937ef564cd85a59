package detente.event;

import detente.dict.DictionarySource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words of {@code events/lexicon-expansions.tsv}: trigger words the patterns do not list, each lent the patterns
 * of a trigger it is a synonym or hyponym of in WordNet ("bombard" codes as "bomb"). The file is built once, offline,
 * from WordNet ({@code scripts/build_lexicon.sh}); coding reads only the file. Events coded through it say so in
 * their rule ({@code wordnet:bombard→195:{S} bomb:v {T}}) and are less confident by {@link #CONFIDENCE_DROP}.
 */
public final class LexiconExpansion {

    public static final String FILE = "events/lexicon-expansions.tsv";

    /** How much less sure an event is when its trigger is only a WordNet relative of the pattern's. */
    public static final double CONFIDENCE_DROP = 0.15;

    /**
     * One row: {@code word} (a lemma, lower case, or a verb with its particle: "brush aside") of part of speech {@code pos} ('v' or 'n') codes as the trigger
     * {@code via}; {@code relation} and {@code sense} say how WordNet relates them ("synonym" or "hyponym" of the
     * via word's {@code sense}-th sense).
     */
    public record Entry(String word, char pos, String via, String relation, int sense) {
    }

    private final List<Entry> entries;

    private LexiconExpansion(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static LexiconExpansion none() {
        return new LexiconExpansion(List.of());
    }

    public static LexiconExpansion of(List<Entry> entries) {
        return new LexiconExpansion(entries);
    }

    /** The source's expansion file; none when there is no such file. */
    public static LexiconExpansion load(DictionarySource source) {
        Optional<InputStream> found = source.find(FILE);
        if (found.isEmpty()) {
            return none();
        }
        try (InputStream in = found.get()) {
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), source.describe(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LexiconExpansion parse(Reader reader, String name) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String where = "dictionary " + name + " line " + number + ": ";
            if (cols.length < 4) {
                throw new IllegalArgumentException(where + "expected word<TAB>pos<TAB>via-trigger<TAB>relation"
                        + "[<TAB>sense], got " + cols.length + " column(s)");
            }
            String pos = cols[1].trim();
            if (!pos.equals("v") && !pos.equals("n")) {
                throw new IllegalArgumentException(where + "part of speech must be v or n, not '" + pos + "'");
            }
            int sense = 0;
            if (cols.length > 4 && !cols[4].isBlank()) {
                try {
                    sense = Integer.parseInt(cols[4].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + "sense must be a number, not '" + cols[4] + "'");
                }
            }
            entries.add(new Entry(cols[0].trim().toLowerCase(Locale.ROOT), pos.charAt(0),
                    cols[2].trim().toLowerCase(Locale.ROOT), cols[3].trim(), sense));
        }
        return new LexiconExpansion(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * Each expansion word's borrowed patterns: every pattern that has the via word as a trigger of a compatible part
     * of speech, given the word as its trigger. A word the patterns already list borrows nothing: what is written
     * wins.
     */
    Map<String, List<EventPattern>> patterns(List<EventPattern> written, Set<String> writtenTriggers) {
        Map<String, List<EventPattern>> out = new HashMap<>();
        for (Entry entry : entries) {
            // A phrase ("brush aside") is found from its verb, as the patterns' own "carry out" is.
            String key = entry.word().split(" ")[0];
            if (writtenTriggers.contains(key)) {
                continue;
            }
            for (EventPattern pattern : written) {
                boolean posFits = pattern.triggerPos() == 0 || pattern.triggerPos() == entry.pos();
                if (posFits && pattern.expansion() == null && pattern.triggers().contains(entry.via())) {
                    List<EventPattern> list = out.computeIfAbsent(key, k -> new ArrayList<>());
                    EventPattern expanded = pattern.expandedTo(entry);
                    if (list.stream().noneMatch(p -> p.id().equals(expanded.id()))) {
                        list.add(expanded);
                    }
                }
            }
        }
        return out;
    }
}
