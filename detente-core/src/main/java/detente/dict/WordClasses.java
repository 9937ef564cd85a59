package detente.dict;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named classes of words that a stage reads from a YAML file ({@code - name: "speech"}, {@code words: [...]}):
 * the linguistic knowledge of a stage kept as data, so that an analyst teaches detente a new speech verb without
 * a build. The stage's enum says which classes the file must define; words are compared in lower case.
 *
 * @param <C> the stage's enum of classes; a class {@code FUTURE_AUX} is written {@code future-aux} in the file
 */
public final class WordClasses<C extends Enum<C>> {

    /** One class of a file. */
    public record Entry(String name, List<String> words) {

        public Entry {
            words = words == null ? List.of() : List.copyOf(words);
        }
    }

    private final Map<C, Set<String>> words;

    private WordClasses(Map<C, Set<String>> words) {
        this.words = words;
    }

    /**
     * The classes of {@code file}: every constant of {@code classes} must be defined (a class may be given in
     * several entries; their words add up), and a name the stage does not read is an error, so a typo is not
     * silently ignored.
     */
    public static <C extends Enum<C>> WordClasses<C> load(DictionarySource source, String file, Class<C> classes) {
        Map<C, Set<String>> words = new EnumMap<>(classes);
        for (Entry entry : YamlDictionary.readList(source, file, Entry.class)) {
            C cls = classOf(entry.name(), classes);
            if (cls == null) {
                throw new IllegalArgumentException("dictionary " + source.describe(file) + ": unknown class '"
                        + entry.name() + "' (known: " + names(classes) + ")");
            }
            Set<String> set = words.computeIfAbsent(cls, k -> new HashSet<>());
            entry.words().forEach(w -> set.add(w.toLowerCase(Locale.ROOT)));
        }
        for (C cls : classes.getEnumConstants()) {
            if (!words.containsKey(cls)) {
                throw new IllegalArgumentException("dictionary " + source.describe(file) + ": class '"
                        + nameOf(cls) + "' is missing");
            }
        }
        words.replaceAll((cls, set) -> Set.copyOf(set));
        return new WordClasses<>(words);
    }

    /** Whether {@code word} (a lemma or a token's text) is of {@code cls}, ignoring case. */
    public boolean is(C cls, String word) {
        return words.get(cls).contains(word.toLowerCase(Locale.ROOT));
    }

    /** The words of {@code cls}, lower case. */
    public Set<String> words(C cls) {
        return words.get(cls);
    }

    /** The name a class has in the file: {@code FUTURE_AUX} → {@code future-aux}. */
    public static String nameOf(Enum<?> cls) {
        return cls.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <C extends Enum<C>> C classOf(String name, Class<C> classes) {
        for (C cls : classes.getEnumConstants()) {
            if (nameOf(cls).equals(name)) {
                return cls;
            }
        }
        return null;
    }

    private static String names(Class<? extends Enum<?>> classes) {
        StringBuilder out = new StringBuilder();
        for (Enum<?> cls : classes.getEnumConstants()) {
            out.append(out.length() == 0 ? "" : ", ").append(nameOf(cls));
        }
        return out.toString();
    }
}
