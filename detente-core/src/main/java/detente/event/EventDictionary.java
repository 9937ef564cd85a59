package detente.event;

import detente.dict.DictionarySource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event patterns of {@code events/patterns.txt}, indexed by trigger lemma, and the words of
 * {@code events/lexicon-expansions.tsv} that borrow them. The grammar is documented in {@code docs/dictionaries.md};
 * every error names the file and line.
 */
public final class EventDictionary {

    /** Words read as prepositions in patterns: they introduce the phrase that follows. */
    static final Set<String> PREPOSITIONS = Set.of("to", "with", "on", "against", "of", "for", "from", "in", "into",
            "at", "between", "over", "about", "toward", "towards", "upon", "by", "among", "after", "across",
            "through", "onto", "off", "out_of", "near", "inside", "within", "amid", "despite", "behind", "as", "out",
            "under");

    private static final Pattern HEADER = Pattern.compile("^\\[(\\d{2,4})((?:\\s+[a-z]+(?:=\\d{2,4})?)*)\\]\\s*(.*)$");

    private final List<EventPattern> patterns;
    private final ContextWords contextWords;
    private final NounFrames nounFrames;
    private final Map<String, List<EventPattern>> byTrigger = new HashMap<>();
    private final LexiconExpansion expansion;
    private final Map<String, List<EventPattern>> expanded;

    private EventDictionary(List<EventPattern> patterns) {
        this(patterns, ContextWords.builtIn(), LexiconExpansion.none(), NounFrames.builtIn());
    }

    private EventDictionary(List<EventPattern> patterns, ContextWords contextWords, LexiconExpansion expansion,
                            NounFrames nounFrames) {
        this.patterns = List.copyOf(patterns);
        this.contextWords = contextWords;
        this.expansion = expansion;
        this.nounFrames = nounFrames;
        for (EventPattern pattern : patterns) {
            for (String trigger : pattern.triggers()) {
                // "carry out" is found from "carry", "air strike" from "strike": index every word of a phrase.
                for (String word : trigger.split(" ")) {
                    List<EventPattern> list = byTrigger.computeIfAbsent(word, k -> new ArrayList<>());
                    if (!list.contains(pattern)) {
                        list.add(pattern);
                    }
                }
            }
        }
        this.expanded = expansion.patterns(this.patterns, byTrigger.keySet());
    }

    public static EventDictionary builtIn(CameoOntology ontology) {
        return load(DictionarySource.builtIn(), ontology);
    }

    /** {@code events/patterns.txt} with the words of {@code events/lexicon-expansions.tsv}. */
    public static EventDictionary load(DictionarySource source, CameoOntology ontology) {
        String file = "events/patterns.txt";
        try (InputStream in = source.open(file)) {
            EventDictionary parsed = parse(new InputStreamReader(in, StandardCharsets.UTF_8), source.describe(file),
                    ontology);
            return new EventDictionary(parsed.patterns, ContextWords.load(source), LexiconExpansion.load(source),
                    NounFrames.load(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** These patterns lent to the words of {@code expansion} (replacing any expansion this one had). */
    public EventDictionary withExpansion(LexiconExpansion newExpansion) {
        return new EventDictionary(patterns, contextWords, newExpansion, nounFrames);
    }

    public LexiconExpansion expansion() {
        return expansion;
    }

    public static EventDictionary of(Collection<EventPattern> patterns) {
        return new EventDictionary(new ArrayList<>(patterns));
    }

    /** This dictionary's patterns, with {@code frames} telling when their noun triggers code. */
    public EventDictionary withNounFrames(NounFrames frames) {
        return new EventDictionary(patterns, contextWords, expansion, frames);
    }

    /** What tells that an event named by a noun happened (events/noun-frames.txt). */
    public NounFrames nounFrames() {
        return nounFrames;
    }

    /**
     * A dictionary with this one's patterns followed by {@code other}'s; this one's expansion words borrow from
     * both, except those that {@code other} lists itself.
     */
    public EventDictionary plus(EventDictionary other) {
        List<EventPattern> all = new ArrayList<>(patterns);
        all.addAll(other.patterns);
        return new EventDictionary(all, contextWords, expansion, nounFrames);
    }

    static EventDictionary parse(java.io.Reader reader, String name, CameoOntology ontology) throws IOException {
        List<EventPattern> patterns = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        EventPattern.Section section = null;
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = stripComment(line).trim();
            if (text.isEmpty()) {
                continue;
            }
            String where = "dictionary " + name + " line " + number + ": ";
            if (text.startsWith("[")) {
                section = header(text, where, ontology);
                continue;
            }
            if (section == null) {
                throw new IllegalArgumentException(where + "pattern before any [CODE] header");
            }
            EventPattern pattern = pattern(text, section, where);
            if (seen.add(pattern.id())) {
                patterns.add(pattern);
            }
        }
        return new EventDictionary(patterns);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static EventPattern.Section header(String text, String where, CameoOntology ontology) {
        Matcher m = HEADER.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(where + "bad section header '" + text + "' (expected [CODE flags] Name)");
        }
        String code = m.group(1);
        if (!ontology.contains(code)) {
            throw new IllegalArgumentException(where + "unknown CAMEO code " + code);
        }
        boolean reciprocal = false;
        boolean verbal = false;
        String intent = null;
        for (String flag : m.group(2).trim().split("\\s+")) {
            if (flag.isEmpty()) {
                continue;
            }
            if (flag.equals("reciprocal")) {
                reciprocal = true;
            } else if (flag.equals("verbal")) {
                verbal = true;
            } else if (flag.startsWith("intent=")) {
                intent = flag.substring("intent=".length());
                if (!ontology.contains(intent)) {
                    throw new IllegalArgumentException(where + "unknown intent code " + intent);
                }
            } else {
                throw new IllegalArgumentException(where + "unknown flag '" + flag + "'");
            }
        }
        return new EventPattern.Section(code, m.group(3).trim(), reciprocal, intent, verbal);
    }

    static EventPattern pattern(String text, EventPattern.Section section, String where) {
        List<String> words = new ArrayList<>(Arrays.asList(text.split("\\s+")));
        boolean sourceBefore = false;
        boolean targetBefore = false;
        if (words.get(0).equals("{S}")) {
            sourceBefore = true;
            words.remove(0);
        } else if (words.get(0).equals("{T}")) {
            // "{T} receive assurance from {S}": the subject is the target, the source comes after the trigger.
            targetBefore = true;
            words.remove(0);
            if (!words.contains("{S}")) {
                throw new IllegalArgumentException(where + "pattern '" + text + "' starts with {T} but has no {S} after "
                        + "its trigger");
            }
        }
        if (words.isEmpty() || words.get(0).startsWith("{") || words.get(0).startsWith("(")) {
            throw new IllegalArgumentException(where + "pattern '" + text + "' has no trigger word after "
                    + (targetBefore ? "{T}" : "{S}"));
        }
        String first = words.remove(0);
        char pos = 0;
        if (first.endsWith(":v") || first.endsWith(":n")) {
            pos = first.charAt(first.length() - 1);
            first = first.substring(0, first.length() - 2);
        }
        Set<String> triggers = alternatives(first);
        List<EventPattern.Step> steps = new ArrayList<>();
        if (targetBefore) {
            steps.add(new EventPattern.Slot('T', EventPattern.Slot.SUBJECT, false));
        }
        Set<String> pendingPrep = null;
        boolean conjunct = false;
        for (String word : words) {
            if (word.equals("{S}") || word.equals("{T}")) {
                steps.add(new EventPattern.Slot(word.charAt(1), pendingPrep == null ? Set.of() : pendingPrep, conjunct));
                pendingPrep = null;
                conjunct = false;
            } else if (word.equals("and")) {
                conjunct = true;
            } else if (word.startsWith("(") && word.endsWith(")") && isPreposition(word.substring(1, word.length() - 1))) {
                // "(with)": the phrase may come with this preposition or as a direct object ("met (with) X").
                Set<String> optional = new LinkedHashSet<>(alternatives(word.substring(1, word.length() - 1)));
                optional.add("");
                pendingPrep = Set.copyOf(optional);
            } else if (isPreposition(word)) {
                if (pendingPrep != null) {
                    throw new IllegalArgumentException(where + "pattern '" + text + "': two prepositions in a row");
                }
                pendingPrep = alternatives(word);
            } else {
                boolean optional = word.startsWith("(") && word.endsWith(")");
                String bare = optional ? word.substring(1, word.length() - 1) : word;
                char wordPos = 0;
                if (bare.endsWith(":v") || bare.endsWith(":n")) {
                    wordPos = bare.charAt(bare.length() - 1);
                    bare = bare.substring(0, bare.length() - 2);
                }
                steps.add(new EventPattern.Word(alternatives(bare), pendingPrep == null ? Set.of() : pendingPrep,
                        optional, false, wordPos));
                pendingPrep = null;
            }
        }
        if (pendingPrep != null) {
            steps.add(new EventPattern.Marker(pendingPrep));
        }
        String id = section.code() + ":" + String.join(" ", text.trim().split("\\s+"));
        return new EventPattern(id, text.trim(), triggers, pos, sourceBefore, steps, section);
    }

    private static boolean isPreposition(String word) {
        for (String alternative : word.split("\\|")) {
            if (!PREPOSITIONS.contains(alternative.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> alternatives(String word) {
        Set<String> out = new LinkedHashSet<>();
        for (String alternative : word.split("\\|")) {
            if (!alternative.isBlank()) {
                out.add(alternative.toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        return Set.copyOf(out);
    }

    public List<EventPattern> patterns() {
        return patterns;
    }

    /** The words around a trigger that change what it reports ({@code events/context-words.yaml}). */
    public ContextWords contextWords() {
        return contextWords;
    }

    /**
     * The patterns a word can trigger: those that list it, or, for a word no pattern lists, those it borrows
     * through the lexicon expansion.
     */
    public List<EventPattern> forTrigger(String lemma) {
        String key = lemma.toLowerCase(Locale.ROOT);
        List<EventPattern> written = byTrigger.get(key);
        return written != null ? written : expanded.getOrDefault(key, List.of());
    }

    /**
     * The patterns a token can trigger: those that list its lemma or its word as written ("met"), else those its
     * lemma borrows. The written form never borrows: "talks" is the listed "talk", not WordNet's "talks".
     */
    public List<EventPattern> forToken(String lemma, String text) {
        List<EventPattern> out = new ArrayList<>(byTrigger.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of()));
        for (EventPattern p : byTrigger.getOrDefault(text.toLowerCase(Locale.ROOT), List.of())) {
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out.isEmpty() ? expanded.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of()) : out;
    }

    /** Whether a pattern lists {@code lemma} as (a word of) its trigger, expansions aside. */
    public boolean lists(String lemma) {
        return byTrigger.containsKey(lemma.toLowerCase(Locale.ROOT));
    }
}
