package detente.actor;

import detente.dict.PetrarchText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH/TABARI agent dictionary ({@code *.agents.txt}) into {@link Agent}s.
 *
 * <p>Lines are {@code WORD {PLURALS} [~CODE]}: words joined by {@code _}, optional explicit plurals in braces
 * ({@code {}} means none; regular plurals come from lemmas anyway), and the code with {@code ~} before it (a
 * suffix: "Arnor cleric" → ARN + REL). Substitution sets {@code !PERSON! = MAN, MEN, WOMAN} are expanded where
 * a word uses them ({@code CONGRESS!PERSON!} → congressman, congressmen, ...). Prefix agents ({@code [NGO~]}:
 * "MSF Arnor" → NGOARN) put their code before the country's ({@link Agent#prefix()}).
 */
public final class PetrarchAgentReader {

    private static final Pattern LINE = Pattern.compile("^([^\\[{]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[\\s*([^\\]]*?)\\s*\\]");
    private static final Pattern MACRO = Pattern.compile("^(![A-Za-z0-9]+!)\\s*=\\s*(.+)$");
    private static final Pattern SUFFIX = Pattern.compile("~([A-Za-z0-9]+)");
    private static final Pattern PREFIX = Pattern.compile("([A-Za-z0-9]+)~");

    /** What a file gave: agents (one per code, words merged) and how many lines loaded or were skipped. */
    public record Result(List<Agent> agents, int entries, int loaded, List<String> skipped) {
    }

    private PetrarchAgentReader() {
    }

    public static Result read(Path file) {
        return read(PetrarchText.lines(file), file.toString());
    }

    public static Result read(java.io.Reader text, String name) {
        return read(PetrarchText.lines(text), name);
    }

    private static Result read(List<PetrarchText.Line> lines, String file) {
        Map<String, List<String>> macros = new LinkedHashMap<>();
        Map<String, List<String>> words = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        int entries = 0;
        int loaded = 0;
        for (PetrarchText.Line line : lines) {
            String text = line.text().trim();
            String where = file + " line " + line.number();
            Matcher macro = MACRO.matcher(text);
            if (macro.matches()) {
                List<String> values = new ArrayList<>();
                for (String v : macro.group(2).split(",")) {
                    if (!v.isBlank()) {
                        values.add(v.trim());
                    }
                }
                macros.put(macro.group(1), values);
                continue;
            }
            entries++;
            Matcher m = LINE.matcher(text);
            if (!m.find()) {
                skipped.add(where + ": not an agent line: " + text);
                continue;
            }
            String block = m.group(3).replace(" ", "");
            Matcher suffix = SUFFIX.matcher(block);
            Matcher prefix = PREFIX.matcher(block);
            if (!suffix.matches() && !prefix.matches()) {
                skipped.add(where + ": malformed code [" + m.group(3) + "]");
                continue;
            }
            // A prefix agent is keyed with its '~' so that [NGO~] and [~NGO] stay two agents.
            String code = suffix.matches() ? suffix.group(1).toUpperCase(Locale.ROOT)
                    : prefix.group(1).toUpperCase(Locale.ROOT) + "~";
            List<String> forms = new ArrayList<>(expand(m.group(1).trim(), macros));
            if (m.group(2) != null) {
                for (String plural : m.group(2).trim().split("\\s+")) {
                    if (!plural.isBlank()) {
                        forms.addAll(expand(plural, macros));
                    }
                }
            }
            List<String> list = words.computeIfAbsent(code, k -> new ArrayList<>());
            forms.stream().map(PetrarchAgentReader::word).filter(w -> !w.isBlank() && !list.contains(w)).forEach(list::add);
            loaded++;
        }
        List<Agent> agents = new ArrayList<>();
        words.forEach((code, list) -> agents.add(code.endsWith("~")
                ? new Agent(code.substring(0, code.length() - 1), list, true) : new Agent(code, list)));
        return new Result(agents, entries, loaded, List.copyOf(skipped));
    }

    /** Every form of a word with its {@code !MACRO!} substituted by each value. */
    private static List<String> expand(String raw, Map<String, List<String>> macros) {
        List<String> out = new ArrayList<>(List.of(raw));
        for (Map.Entry<String, List<String>> macro : macros.entrySet()) {
            List<String> next = new ArrayList<>();
            for (String form : out) {
                if (form.contains(macro.getKey())) {
                    macro.getValue().forEach(v -> next.add(form.replace(macro.getKey(), v)));
                } else {
                    next.add(form);
                }
            }
            out = next;
        }
        return out;
    }

    /** "HUMAN_RIGHTS_ACTIVIST" → "human rights activist"; short all-capital names ("MSF") keep their case. */
    private static String word(String raw) {
        String words = raw.replace('_', ' ').trim();
        String letters = words.replaceAll("[^A-Za-z]", "");
        return letters.length() <= 3 && !words.contains(" ") ? words : words.toLowerCase(Locale.ROOT);
    }
}
