package detente.event;

import detente.dict.DictionarySource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of {@code events/noun-frames.txt} that tell whether an event named by a noun happened: verbs that
 * carry it as their object, verbs whose subject would do or undoes it, report it, have it as subject; settings; verbs that avert it; words that make it only
 * possible; verbs whose agent claims the act ("a bombing claimed by"). Entries are lower-case lemmas; a verb with a particle or object is written {@code carry_out}.
 */
public record NounFrames(Set<String> carrying, Set<String> undertaking, Set<String> exchanging, Set<String> reporting, Set<String> occurring,
                         Set<String> setting, Set<String> averting, Set<String> possible,
                         Set<String> claiming) {

    static final String FILE = "events/noun-frames.txt";
    private static final List<String> SECTIONS = List.of("carrying", "undertaking", "exchanging", "reporting", "occurring", "setting",
            "averting", "possible", "claiming");
    private static volatile NounFrames builtIn;

    public static NounFrames builtIn() {
        NounFrames frames = builtIn;
        if (frames == null) {
            frames = load(DictionarySource.builtIn());
            builtIn = frames;
        }
        return frames;
    }

    public static NounFrames load(DictionarySource source) {
        try (InputStream in = source.open(FILE)) {
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), source.describe(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NounFrames parse(Reader reader, String name) throws IOException {
        Map<String, Set<String>> sections = new HashMap<>();
        SECTIONS.forEach(s -> sections.put(s, new LinkedHashSet<>()));
        Set<String> current = null;
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            int hash = line.indexOf('#');
            String text = (hash < 0 ? line : line.substring(0, hash)).trim();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("[") && text.endsWith("]")) {
                current = sections.get(text.substring(1, text.length() - 1).trim());
                if (current == null) {
                    throw new IllegalArgumentException("dictionary " + name + " line " + number + ": unknown frame "
                            + text + " (expected one of " + SECTIONS + ")");
                }
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException("dictionary " + name + " line " + number + ": words before any [frame]");
            }
            for (String word : text.split("\\s+")) {
                current.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return new NounFrames(Set.copyOf(sections.get("carrying")), Set.copyOf(sections.get("undertaking")),
                Set.copyOf(sections.get("exchanging")),
                Set.copyOf(sections.get("reporting")), Set.copyOf(sections.get("occurring")),
                Set.copyOf(sections.get("setting")), Set.copyOf(sections.get("averting")),
                Set.copyOf(sections.get("possible")), Set.copyOf(sections.get("claiming")));
    }
}
