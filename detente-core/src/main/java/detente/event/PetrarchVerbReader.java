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
 *       first complement); {@code %} is a compound actor: before the verb it is both source and target (each
 *       member toward the others), after it the target; {@code ^} (skip a phrase) is dropped; words joined by
 *       {@code _} must be adjacent, words separated by spaces need not be; {@code &SYNSET} gives
 *       alternatives;</li>
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
                synset = PetrarchPatternLine.synsetName(text.split("\\s+")[0]);
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
                add(code, block.name, Set.copyOf(e.getValue()), true, steps, name + " [" + e.getKey() + "]");
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

    private void add(Code code, String name, Set<String> triggers, boolean sourceBefore,
                     List<EventPattern.Step> steps, String text) {
        EventPattern.Section section = new EventPattern.Section(code.code(), name, false, null, false,
                code.paired(), false);
        codes.add(code.code());
        if (code.paired() != null) {
            codes.add(code.paired());
        }
        patterns.add(new EventPattern(code.code() + ":" + text, text, triggers, 'v', sourceBefore, steps, section));
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
        PetrarchPatternLine.Translation t;
        try {
            t = new PetrarchPatternLine(synsets).translate(body);
        } catch (IllegalArgumentException e) {
            skipped.add(where + ": " + e.getMessage() + ": " + body);
            return;
        }
        translated++;
        add(code, block.name, triggers, t.sourceBefore(), t.steps(),
                block.name + " - " + body + " [" + rawCode + "]");
    }

}
