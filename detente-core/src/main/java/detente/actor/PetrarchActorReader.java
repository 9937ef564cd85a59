package detente.actor;

import detente.dict.PetrarchText;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH/TABARI actor dictionary ({@code *.actors.txt}) into our model.
 *
 * <p>An entry is a name line ({@code ARNOR_ [ARN]}, words joined by {@code _}), its {@code +synonym} lines and
 * one or more code blocks, on the name line or on indented lines below it. A block is {@code [CODE]},
 * {@code [CODE 950601-990815]}, {@code [CODE <950601]} or {@code [CODE >990816]} (dates YYMMDD or YYYYMMDD; a
 * range includes its last day), or several codes {@code [ELR/GAL]}. An entry with only undated codes becomes a
 * {@link Country} per code (so that it composes with agents: "Arnor cleric" → ARNREL); an entry with dated codes
 * becomes a {@link Person} whose roles are the dated codes and whose default is the undated one. Null codes
 * ({@code ---}, {@code +++}, {@code ###}), entries without a code and malformed blocks are skipped and reported.
 */
public final class PetrarchActorReader {

    private static final Pattern BLOCK = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern DATED = Pattern.compile(
            "^(\\S+)\\s*(?:([<>])\\s*(\\d+)|(\\d+)\\s*-\\s*(\\d+))$");

    /** What a file gave: the dictionary and how many entries loaded or were skipped, with reasons. */
    public record Result(ActorDictionary dictionary, int entries, int loaded, List<String> skipped) {
    }

    /** Names per undated code: entries that share a code become one country (the dictionary keys them by code). */
    private final Map<String, List<String>> countries = new LinkedHashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private int entries;
    private int loaded;

    private PetrarchActorReader() {
    }

    public static Result read(Path... files) {
        return read(List.of(files));
    }

    public static Result read(List<Path> files) {
        PetrarchActorReader reader = new PetrarchActorReader();
        for (Path file : files) {
            reader.readLines(file.toString(), PetrarchText.lines(file));
        }
        return reader.result();
    }

    public static Result read(java.io.Reader text, String name) {
        PetrarchActorReader reader = new PetrarchActorReader();
        reader.readLines(name, PetrarchText.lines(text));
        return reader.result();
    }

    private Result result() {
        List<Country> merged = new ArrayList<>();
        countries.forEach((code, names) -> merged.add(new Country(code, null, names.get(0), null,
                names.subList(1, names.size()), List.of(), List.of(), List.of(), List.of())));
        return new Result(ActorDictionary.of(merged, List.of(), people, List.of()), entries, loaded,
                List.copyOf(skipped));
    }

    /** One entry being read: its names and code blocks. */
    private static final class Entry {
        final String where;
        final List<String> names = new ArrayList<>();
        final List<String> blocks = new ArrayList<>();

        Entry(String where) {
            this.where = where;
        }
    }

    private void readLines(String file, List<PetrarchText.Line> lines) {
        Entry entry = null;
        for (PetrarchText.Line line : lines) {
            String text = line.text().trim();
            String where = file + " line " + line.number();
            if (text.startsWith("[")) {
                if (entry == null) {
                    skipped.add(where + ": code block without a name");
                } else {
                    collectBlocks(text, entry);
                }
                continue;
            }
            if (text.startsWith("+")) {
                if (entry == null) {
                    skipped.add(where + ": synonym without an entry");
                } else {
                    entry.names.add(name(before(text.substring(1))));
                    collectBlocks(text, entry);
                }
                continue;
            }
            finish(entry);
            entry = new Entry(where);
            entry.names.add(name(before(text)));
            collectBlocks(text, entry);
        }
        finish(entry);
    }

    private static String before(String text) {
        int bracket = text.indexOf('[');
        return bracket < 0 ? text : text.substring(0, bracket);
    }

    private static void collectBlocks(String text, Entry entry) {
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            entry.blocks.add(m.group(1).trim());
        }
    }

    /**
     * "ARNOR_" → "Arnor", "A.R._CARAM_" → "A.R. Caram", "O'NEILL" → "O'Neill"; "U.S." stays "U.S.", "UN_" stays
     * "UN": short names keep their case (acronyms).
     */
    static String name(String raw) {
        String words = raw.trim().replace('_', ' ').trim();
        if (words.isEmpty()) {
            return words;
        }
        String letters = words.replaceAll("[^A-Za-z]", "");
        if (letters.length() <= 3 || words.contains(".") && !words.contains(" ")) {
            return words;
        }
        StringBuilder out = new StringBuilder(words.length());
        boolean start = true;
        for (char c : words.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '.' || c == '\'';
        }
        return out.toString();
    }

    private void finish(Entry entry) {
        if (entry == null) {
            return;
        }
        entries++;
        List<String> names = entry.names.stream().filter(n -> !n.isBlank()).distinct().toList();
        if (names.isEmpty()) {
            skipped.add(entry.where + ": no name");
            return;
        }
        List<Person.Role> roles = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        for (String block : entry.blocks) {
            parseBlock(block, entry.where, roles, undated);
        }
        if (roles.isEmpty() && undated.isEmpty()) {
            skipped.add(entry.where + ": " + names.get(0) + ": no usable code"
                    + (entry.blocks.isEmpty() ? "" : " in " + entry.blocks));
            return;
        }
        loaded++;
        List<String> aliases = names.subList(1, names.size());
        if (roles.isEmpty()) {
            for (String code : undated) {
                List<String> all = countries.computeIfAbsent(code, k -> new ArrayList<>());
                names.stream().filter(n -> !all.contains(n)).forEach(all::add);
            }
        } else {
            String fallback = undated.isEmpty() ? null : undated.get(0);
            people.add(new Person(names.get(0), aliases, fallback, null, null, roles));
        }
    }

    private void parseBlock(String block, String where, List<Person.Role> roles, List<String> undated) {
        Matcher dated = DATED.matcher(block);
        if (dated.matches()) {
            String code = code(dated.group(1));
            if (code == null) {
                skipped.add(where + ": null code block [" + block + "]");
                return;
            }
            try {
                LocalDate from = null;
                LocalDate to = null;
                if (dated.group(2) != null) {
                    LocalDate d = date(dated.group(3));
                    if (dated.group(2).equals("<")) {
                        to = d;
                    } else {
                        from = d;
                    }
                } else {
                    from = date(dated.group(4));
                    to = date(dated.group(5)).plusDays(1);
                }
                roles.add(new Person.Role(code, null, from, to));
            } catch (IllegalArgumentException e) {
                skipped.add(where + ": bad date in [" + block + "]");
            }
            return;
        }
        for (String part : block.split("/")) {
            String code = code(part.trim());
            if (code != null) {
                undated.add(code);
            } else {
                skipped.add(where + ": null or malformed code [" + block + "]");
            }
        }
    }

    /** The upper-case code, or null for null codes ({@code ---}, {@code +++}) and anything not alphanumeric. */
    private static String code(String raw) {
        return CODE.matcher(raw).matches() ? raw.toUpperCase(Locale.ROOT) : null;
    }

    /** YYMMDD (years 30–99 are 19xx) or YYYYMMDD. */
    static LocalDate date(String digits) {
        try {
            if (digits.length() == 8) {
                return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                        Integer.parseInt(digits.substring(6, 8)));
            }
            if (digits.length() == 6) {
                int yy = Integer.parseInt(digits.substring(0, 2));
                return LocalDate.of(yy >= 30 ? 1900 + yy : 2000 + yy, Integer.parseInt(digits.substring(2, 4)),
                        Integer.parseInt(digits.substring(4, 6)));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("bad date " + digits, e);
        }
        throw new IllegalArgumentException("bad date " + digits);
    }
}
