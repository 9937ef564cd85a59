package detente.event;

import detente.dict.PetrarchText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH/TABARI verb dictionary ({@code *.verbs.txt}, {@code CAMEO.2.0.txt}) into event patterns.
 *
 * <p>The file has synsets ({@code &NAME} with {@code +WORD} members, which may name other synsets) and verb
 * blocks: {@code --- NAME [code] ---}, verb lines ({@code BREAK {BROKE BROKEN}}, {@code +BREAK_DOWN {...}},
 * {@code WIRE_+TAP}, optionally with their own {@code [code]}), and pattern lines {@code - words [code]} that
 * apply to every verb of the block. How a pattern is translated (see {@code docs/petrarch.md}):
 * <ul>
 *   <li>each verb alone is {@code {S} VERB {T}} with the block's (or its own) code, where {@code {T}} is the first
 *       complement that names an actor ({@link EventPattern.Slot#ANY}: PETRARCH's "first noun phrase after the
 *       verb");</li>
 *   <li>{@code *} is the trigger; words after it are dependents ({@code * DIPLOMATIC TIES} needs "ties" with
 *       "diplomatic" on it), a preposition introduces the next word or slot ({@code * WITH +} →
 *       {@code {S} VERB with {T}}); words before it ({@code SAID *}, {@code WILL NOT *}) must be in the verb's
 *       clause before it ({@link EventPattern.Before});</li>
 *   <li>{@code $} is the source, {@code +} the target: before the verb the subject, after it the phrase (or the
 *       first complement); {@code %} is a compound actor: as source the pair codes both ways, as target it is
 *       the target; {@code ^} (skip a phrase) is dropped; {@code _} joins words, which are matched as
 *       dependents, not as adjacent tokens; {@code &SYNSET} gives alternatives;</li>
 *   <li>a pattern without {@code +} gets the first complement as target; {@code [032:033]} codes the reverse
 *       event with the second code; the sections do not read modality, as PETRARCH does not.</li>
 * </ul>
 * Null codes ({@code ---}), reverse-only codes ({@code [:020]}) and codes that are not alphanumeric are
 * skipped and reported. Codes outside CAMEO are returned in {@link Result#codes()} for
 * {@link CameoOntology#withCodes}.
 */
public final class PetrarchVerbReader {

    private static final Pattern HEADER = Pattern.compile("^---\\s*(.*?)\\s*\\[([^\\]]*)\\].*?---\\s*$");
    private static final Pattern CODE_AT_END = Pattern.compile("\\[([^\\]]*)\\]\\s*$");
    private static final Pattern FORMS = Pattern.compile("\\{([^}]*)\\}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+");
    private static final int MAX_ALTERNATIVES = 64;

    /**
     * What a file gave: the patterns, every event code they use, and counts.
     *
     * @param verbs      verb lines read
     * @param lines      pattern lines read
     * @param translated pattern lines translated (each verb's own pattern not counted)
     * @param skipped    what could not be translated, with file, line and reason
     */
    public record Result(EventDictionary dictionary, Set<String> codes, int verbs, int lines, int translated,
                         List<String> skipped) {
    }

    private final Map<String, List<String>> synsets = new LinkedHashMap<>();
    private final List<EventPattern> patterns = new ArrayList<>();
    private final Set<String> codes = new LinkedHashSet<>();
    private final List<String> skipped = new ArrayList<>();
    private int verbs;
    private int lines;
    private int translated;

    private PetrarchVerbReader() {
    }

    public static Result read(Path file) {
        PetrarchVerbReader reader = new PetrarchVerbReader();
        reader.readLines(file.getFileName().toString(), PetrarchText.lines(file));
        return reader.result();
    }

    public static Result read(java.io.Reader text, String name) {
        PetrarchVerbReader reader = new PetrarchVerbReader();
        reader.readLines(name, PetrarchText.lines(text));
        return reader.result();
    }

    private Result result() {
        return new Result(EventDictionary.of(patterns), Set.copyOf(codes), verbs, lines, translated, List.copyOf(skipped));
    }

    /** A verb block being read. */
    private static final class Block {
        final String name;
        final String code;
        final List<String[]> verbs = new ArrayList<>(); // {phrase forms joined by '|', own code or null}
        final List<PetrarchText.Line> patterns = new ArrayList<>();

        Block(String name, String code) {
            this.name = name;
            this.code = code;
        }
    }

    private void readLines(String file, List<PetrarchText.Line> all) {
        // Synsets first: patterns may use a synset defined further down.
        String synset = null;
        for (PetrarchText.Line line : all) {
            String text = line.text().trim();
            if (text.startsWith("&")) {
                synset = synsetName(text.split("\\s+")[0]);
                synsets.putIfAbsent(synset, new ArrayList<>());
            } else if (text.startsWith("+") && synset != null) {
                synsets.get(synset).add(text.substring(1).trim());
            } else {
                synset = null;
            }
        }
        Block block = null;
        boolean inSynset = false;
        for (PetrarchText.Line line : all) {
            String text = line.text().trim();
            String where = file + " line " + line.number();
            Matcher header = HEADER.matcher(text);
            if (header.matches()) {
                finish(block, file);
                block = new Block(header.group(1).trim(), header.group(2).trim());
                inSynset = false;
            } else if (text.startsWith("&")) {
                inSynset = true;
            } else if (text.startsWith("+") && inSynset) {
                continue;
            } else if (text.startsWith("-")) {
                inSynset = false;
                lines++;
                if (block == null) {
                    skipped.add(where + ": pattern outside a verb block");
                } else {
                    block.patterns.add(line);
                }
            } else {
                inSynset = false;
                if (block == null) {
                    skipped.add(where + ": verb outside a verb block: " + text);
                    continue;
                }
                verbs++;
                block.verbs.add(verbLine(text.startsWith("+") ? text.substring(1) : text));
            }
        }
        finish(block, file);
    }

    private static String synsetName(String raw) {
        String name = raw.startsWith("&") ? raw.substring(1) : raw;
        while (name.endsWith("_")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.toUpperCase(Locale.ROOT);
    }

    /** {@code BREAK {BROKE BROKEN} [161]} → {"break|broke|broken", "161"}. */
    private static String[] verbLine(String text) {
        String code = null;
        Matcher c = CODE_AT_END.matcher(text);
        if (c.find()) {
            code = c.group(1).trim();
            text = text.substring(0, c.start());
        }
        Set<String> forms = new LinkedHashSet<>();
        Matcher f = FORMS.matcher(text);
        String main = text;
        if (f.find()) {
            main = text.substring(0, f.start());
            for (String form : f.group(1).trim().split("\\s+")) {
                if (!form.isBlank()) {
                    forms.add(phrase(form));
                }
            }
        }
        Set<String> all = new LinkedHashSet<>();
        all.add(phrase(main.trim()));
        all.addAll(forms);
        all.remove("");
        return new String[] {String.join("|", all), code};
    }

    /** {@code WIRE_+TAPPED} → "wire tapped". */
    private static String phrase(String raw) {
        String p = raw.replace("+", "").replace('_', ' ').trim().toLowerCase(Locale.ROOT);
        return p.replaceAll("\\s+", " ");
    }

    private void finish(Block block, String file) {
        if (block == null || block.verbs.isEmpty()) {
            return;
        }
        Set<String> triggers = new LinkedHashSet<>();
        Map<String, Set<String>> byCode = new LinkedHashMap<>();
        for (String[] verb : block.verbs) {
            List<String> forms = List.of(verb[0].split("\\|"));
            triggers.addAll(forms);
            String code = verb[1] != null ? verb[1] : block.code;
            byCode.computeIfAbsent(code, k -> new LinkedHashSet<>()).addAll(forms);
        }
        for (Map.Entry<String, Set<String>> e : byCode.entrySet()) {
            Code code = code(e.getKey());
            if (code != null) {
                // A verb with a code of its own is named by itself, the others by the block.
                String name = e.getKey().equals(block.code) ? block.name
                        : e.getValue().iterator().next().toUpperCase(Locale.ROOT).replace(' ', '_');
                List<EventPattern.Step> steps = List.of(new EventPattern.Slot('T', EventPattern.Slot.ANY, false));
                add(code, block.name, false, Set.copyOf(e.getValue()), true, steps, name + " [" + e.getKey() + "]");
            }
        }
        for (PetrarchText.Line line : block.patterns) {
            translate(block, Set.copyOf(triggers), line, file + " line " + line.number());
        }
    }

    /** An event code and the code of its reverse event, or null for a null code. */
    private record Code(String code, String paired) {
    }

    private static Code code(String raw) {
        String[] parts = raw.trim().split(":", -1);
        String main = parts[0].trim();
        String paired = parts.length > 1 ? parts[1].trim() : "";
        if (!CODE.matcher(main).matches()) {
            return null;
        }
        return new Code(main, CODE.matcher(paired).matches() ? paired : null);
    }

    private void add(Code code, String name, boolean reciprocal, Set<String> triggers, boolean sourceBefore,
                     List<EventPattern.Step> steps, String text) {
        EventPattern.Section section = new EventPattern.Section(code.code(), name, reciprocal, null, false,
                code.paired(), false);
        codes.add(code.code());
        if (code.paired() != null) {
            codes.add(code.paired());
        }
        patterns.add(new EventPattern(code.code() + ":" + text, text, triggers, 'v', sourceBefore, steps, section));
    }

    /** One item of a pattern: the verb, a slot mark, or a word with its alternatives; joined: '_' before it. */
    private record Item(char kind, Set<String> words, boolean joined) {

        Item(char kind, Set<String> words) {
            this(kind, words, false);
        }
    }

    private void translate(Block block, Set<String> triggers, PetrarchText.Line line, String where) {
        String text = line.text().trim().substring(1).trim();
        Matcher c = CODE_AT_END.matcher(text);
        if (!c.find()) {
            skipped.add(where + ": pattern without [code]: " + text);
            return;
        }
        String rawCode = c.group(1).trim();
        String body = text.substring(0, c.start()).trim();
        Code code = code(rawCode);
        if (code == null) {
            skipped.add(where + ": " + (rawCode.startsWith(":") ? "reverse-only" : "null or non-code") + " code ["
                    + rawCode + "]: " + body);
            return;
        }
        List<Item> items = items(body);
        long verbsIn = items.stream().filter(i -> i.kind() == '*').count();
        if (verbsIn != 1) {
            skipped.add(where + ": pattern needs exactly one '*': " + body);
            return;
        }
        boolean sourceBefore = false;
        boolean reciprocal = false;
        boolean hasTarget = false;
        List<EventPattern.Step> steps = new ArrayList<>();
        int verb = 0;
        while (items.get(verb).kind() != '*') {
            Item item = items.get(verb++);
            if (item.kind() == 'w' && item.joined() && !steps.isEmpty()
                    && steps.get(steps.size() - 1) instanceof EventPattern.Before previous) {
                // "DEATH_TOTAL *": words joined by '_' before the verb are one adjacent phrase.
                steps.set(steps.size() - 1, new EventPattern.Before(phrases(List.of(
                        new Item('w', previous.alternatives()), item))));
                continue;
            }
            switch (item.kind()) {
                case '$' -> sourceBefore = true;
                case '%' -> {
                    sourceBefore = true;
                    reciprocal = true;
                }
                case '+' -> {
                    steps.add(new EventPattern.Slot('T', EventPattern.Slot.SUBJECT, false));
                    hasTarget = true;
                }
                case 'w' -> steps.add(new EventPattern.Before(item.words()));
                default -> { }
            }
        }
        boolean sourceSlot = false;
        Set<String> prep = null;
        List<Item> run = new ArrayList<>();
        for (int i = verb + 1; i <= items.size(); i++) {
            Item item = i < items.size() ? items.get(i) : new Item('.', Set.of());
            boolean isPrep = item.kind() == 'w' && isPreposition(item.words());
            if (item.kind() != 'w' || isPrep) {
                if (!run.isEmpty()) {
                    steps.add(new EventPattern.Word(phrases(run), prep == null ? Set.of() : prep, false, true));
                    run.clear();
                    prep = null;
                }
            }
            switch (item.kind()) {
                case 'w' -> {
                    if (isPrep) {
                        prep = item.words();
                    } else {
                        run.add(item);
                    }
                }
                case '+', '%' -> {
                    steps.add(new EventPattern.Slot('T', prep == null ? EventPattern.Slot.ANY : prep, false));
                    hasTarget = true;
                    prep = null;
                }
                case '$' -> {
                    steps.add(new EventPattern.Slot('S', prep == null ? EventPattern.Slot.ANY : prep, false));
                    sourceSlot = true;
                    prep = null;
                }
                case '.' -> {
                    if (prep != null) {
                        steps.add(new EventPattern.Marker(prep));
                    }
                }
                default -> { }
            }
        }
        if (!sourceBefore && !sourceSlot) {
            if (hasTarget && steps.stream().anyMatch(s -> s instanceof EventPattern.Slot sl && sl.subject())) {
                skipped.add(where + ": target before the verb and no source: " + body);
                return;
            }
            sourceBefore = true;
        }
        if (!hasTarget && !reciprocal) {
            steps.add(new EventPattern.Slot('T', EventPattern.Slot.ANY, false));
        }
        translated++;
        add(code, block.name, reciprocal, triggers, sourceBefore, steps, block.name + " - " + body + " [" + rawCode + "]");
    }

    /** Splits a pattern body into items: words joined by '_' are separate items; synsets become alternatives. */
    private List<Item> items(String body) {
        List<Item> items = new ArrayList<>();
        String cleaned = body.replaceAll("[(){}]", " ");
        for (String token : cleaned.split("\\s+")) {
            boolean joined = false;
            for (String part : token.split("_")) {
                if (part.isEmpty()) {
                    continue;
                }
                for (String piece : splitMarks(part)) {
                    if (piece.length() == 1 && "*$+%^".contains(piece)) {
                        items.add(new Item(piece.charAt(0), Set.of()));
                        joined = false;
                        continue;
                    } else if (!Set.of("the", "a", "an").contains(piece.toLowerCase(Locale.ROOT))) {
                        Set<String> words = words(piece, 0);
                        if (!words.isEmpty()) {
                            items.add(new Item('w', words, joined));
                        }
                    }
                    joined = true;
                }
            }
        }
        return items;
    }

    /** "IN*" or "*OUT" (no underscore) still separate the verb mark from the word. */
    private static List<String> splitMarks(String part) {
        if (part.length() > 1 && (part.startsWith("*") || part.endsWith("*"))) {
            List<String> out = new ArrayList<>();
            String rest = part;
            if (rest.startsWith("*")) {
                out.add("*");
                rest = rest.substring(1);
            }
            boolean trailing = rest.endsWith("*");
            if (trailing) {
                rest = rest.substring(0, rest.length() - 1);
            }
            if (!rest.isEmpty()) {
                out.add(rest);
            }
            if (trailing) {
                out.add("*");
            }
            return out;
        }
        return List.of(part);
    }

    /** A word's alternatives: itself, "a/b" alternatives, or a synset's members (recursively). */
    private Set<String> words(String piece, int depth) {
        Set<String> out = new LinkedHashSet<>();
        for (String alternative : piece.split("/")) {
            if (alternative.startsWith("&")) {
                List<String> members = synsets.get(synsetName(alternative));
                if (members == null || depth > 4) {
                    continue;
                }
                for (String member : members) {
                    out.addAll(words(member.replace('_', ' ').trim(), depth + 1));
                }
            } else if (alternative.contains(" ")) {
                // A multi-word synset member: its words, synsets inside expanded.
                List<Set<String>> parts = new ArrayList<>();
                for (String w : alternative.split("\\s+")) {
                    parts.add(words(w, depth + 1));
                }
                out.addAll(product(parts));
            } else if (!alternative.isBlank()) {
                out.add(alternative.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The phrases of a run of words: '_' where the pattern joined two words (they must be adjacent). */
    private static Set<String> phrases(List<Item> run) {
        Set<String> out = new LinkedHashSet<>(List.of(""));
        for (Item item : run) {
            Set<String> next = new LinkedHashSet<>();
            for (String prefix : out) {
                for (String word : item.words()) {
                    if (next.size() < MAX_ALTERNATIVES) {
                        next.add(prefix.isEmpty() ? word : prefix + (item.joined() ? "_" : " ") + word);
                    }
                }
            }
            out = next;
        }
        return Set.copyOf(out);
    }

    /** Every combination of one alternative per position, joined by spaces (capped). */
    private static Set<String> product(List<Set<String>> parts) {
        Set<String> out = new LinkedHashSet<>(List.of(""));
        for (Set<String> part : parts) {
            Set<String> next = new LinkedHashSet<>();
            for (String prefix : out) {
                for (String word : part) {
                    if (next.size() < MAX_ALTERNATIVES) {
                        next.add(prefix.isEmpty() ? word : prefix + " " + word);
                    }
                }
            }
            out = next;
        }
        return Set.copyOf(out);
    }

    private static boolean isPreposition(Set<String> words) {
        return words.stream().allMatch(w -> EventDictionary.PREPOSITIONS.contains(w));
    }
}
