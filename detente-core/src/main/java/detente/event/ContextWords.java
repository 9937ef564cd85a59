package detente.event;

import detente.dict.DictionarySource;
import detente.dict.YamlDictionary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word classes of {@code events/context-words.yaml}: words around a trigger that change what it reports
 * (a denied claim, background, a time phrase, a place). Lemmas, compared in lower case.
 */
public final class ContextWords {

    static final String FILE = "events/context-words.yaml";

    /** One class of the file. */
    public record Entry(String name, List<String> words) {

        public Entry {
            words = words == null ? List.of() : List.copyOf(words);
        }
    }

    /** The classes the coder reads; the file must define each. */
    enum WordClass { DENY, JUDGE, UNTRUE, CLAIM, BACKGROUND, TIME, PLACE, TOWARD }

    private final Map<WordClass, Set<String>> words;

    private ContextWords(Map<WordClass, Set<String>> words) {
        this.words = words;
    }

    public static ContextWords builtIn() {
        return load(DictionarySource.builtIn());
    }

    public static ContextWords load(DictionarySource source) {
        Map<WordClass, Set<String>> words = new HashMap<>();
        for (Entry entry : YamlDictionary.readList(source, FILE, Entry.class)) {
            WordClass cls;
            try {
                cls = WordClass.valueOf(entry.name().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("dictionary " + source.describe(FILE) + ": unknown class '"
                        + entry.name() + "'");
            }
            Set<String> set = words.computeIfAbsent(cls, k -> new HashSet<>());
            entry.words().forEach(w -> set.add(w.toLowerCase(Locale.ROOT)));
        }
        for (WordClass cls : WordClass.values()) {
            if (!words.containsKey(cls)) {
                throw new IllegalArgumentException("dictionary " + source.describe(FILE) + ": class '"
                        + cls.name().toLowerCase(Locale.ROOT) + "' is missing");
            }
        }
        return new ContextWords(Map.copyOf(words));
    }

    boolean is(WordClass cls, String lemma) {
        return words.get(cls).contains(lemma.toLowerCase(Locale.ROOT));
    }
}
