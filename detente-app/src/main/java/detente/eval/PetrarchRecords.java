package detente.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH validation file: the dictionary files its {@code <Environment>} names and its {@code <Sentence>}
 * records with their text and expected codings. Read leniently with patterns, not an XML parser, because the
 * published files are not always well-formed ({@code <Sentence .../>} closed again by {@code </Sentence>}).
 * The supplied {@code <Parse>} is ignored.
 */
public record PetrarchRecords(Environment environment, List<Record> records) {

    /**
     * The dictionary files named by {@code <Verbfile>}, {@code <Actorfile>} (comma-separated), {@code <Agentfile>}
     * and {@code <Discardfile>}.
     */
    public record Environment(String verbFile, List<String> actorFiles, String agentFile, String discardFile) {
    }

    /**
     * One sentence to code and what it should code to.
     *
     * @param expected the expected codings; empty for {@code noevents="True"} and for records whose coding is an
     *                 {@code error} (discards, bad input)
     */
    public record Record(String id, String category, LocalDate date, String text, Set<Coding> expected,
                         Map<String, String> options) {

        /**
         * Whether the record tests the coder's text at all: {@code error="bad_input_parse"} records test how
         * PETRARCH rejects a malformed supplied {@code <Parse>}, which detente never reads (it parses the text).
         */
        public boolean testsText() {
            return !"bad_input_parse".equals(options.get("error"));
        }

        /**
         * PETRARCH's {@code require_dyad} in force for this record (default true): whether an event needs both a
         * source and a target.
         */
        public boolean requireDyad() {
            return !"false".equalsIgnoreCase(options.getOrDefault("require_dyad", "true"));
        }
    }

    /** A coding: source, target and event code; an absent actor is {@code ---}, as PETRARCH prints it. */
    public record Coding(String source, String target, String code) {

        public static final String NONE = "---";

        @Override
        public String toString() {
            return source + " " + target + " " + code;
        }
    }

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern CONFIG = Pattern.compile("<Config\\b([^>]*)>");
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*)>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

    public static PetrarchRecords read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UncheckedIOException(file + ": no such file (give a PETRARCH validation file, such as"
                    + " PETR_Validate_records_2_0.xml)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    public static PetrarchRecords parse(String xml) {
        String text = COMMENT.matcher(xml).replaceAll(" ");
        Environment environment = new Environment(element(text, "Verbfile"),
                List.of(element(text, "Actorfile") == null ? new String[0] : element(text, "Actorfile").split("\\s*,\\s*")),
                element(text, "Agentfile"), element(text, "Discardfile"));
        List<Record> records = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
        }
        // <Config option="require_dyad" value="false"> between records holds from there on.
        Map<String, String> options = new LinkedHashMap<>();
        Matcher config = CONFIG.matcher(text);
        int configAt = 0;
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            while (config.find(configAt) && config.start() < starts.get(i)[0]) {
                Map<String, String> option = attributes(config.group(1));
                if (option.containsKey("option") && option.containsKey("value")) {
                    options.put(option.get("option").trim(), option.get("value").trim());
                }
                configAt = config.end();
            }
            Map<String, String> attributes = attributes(text.substring(starts.get(i)[0], starts.get(i)[1]));
            if ("false".equalsIgnoreCase(attributes.get("evaluate"))) {
                continue;
            }
            String body = text.substring(starts.get(i)[1], end);
            Matcher t = TEXT.matcher(body);
            if (!t.find()) {
                continue;
            }
            records.add(new Record(attributes.getOrDefault("id", "record-" + (i + 1)),
                    attributes.getOrDefault("category", "-"), date(attributes.get("date")),
                    unescape(t.group(1)).trim().replaceAll("\\s+", " "), codings(body), withError(options, body)));
        }
        return new PetrarchRecords(environment, List.copyOf(records));
    }

    /** The options in force, plus the record's own {@code error} kind when its coding is one. */
    private static Map<String, String> withError(Map<String, String> options, String body) {
        Map<String, String> out = new LinkedHashMap<>(options);
        Matcher m = CODING.matcher(body);
        while (m.find()) {
            String error = attributes(m.group(1)).get("error");
            if (error != null) {
                out.put("error", error.trim());
            }
        }
        return Map.copyOf(out);
    }

    private static String element(String text, String name) {
        Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL).matcher(text);
        return m.find() ? m.group(1).trim() : null;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            out.put(m.group(1), unescape(m.group(2) != null ? m.group(2) : m.group(3)));
        }
        return out;
    }

    private static Set<Coding> codings(String body) {
        Set<Coding> out = new LinkedHashSet<>();
        Matcher m = CODING.matcher(body);
        while (m.find()) {
            Map<String, String> a = attributes(m.group(1));
            String code = a.get("eventcode");
            if (code == null || code.isBlank() || a.containsKey("error") || "true".equalsIgnoreCase(a.get("noevents"))) {
                continue;
            }
            out.add(new Coding(actor(a.get("sourcecode")), actor(a.get("targetcode")), code.trim()));
        }
        return out;
    }

    private static String actor(String code) {
        return code == null || code.isBlank() ? Coding.NONE : code.trim();
    }

    /** {@code 19950101}, {@code 950101}; anything else is no date. */
    static LocalDate date(String raw) {
        if (raw == null) {
            return null;
        }
        String d = raw.trim();
        try {
            if (d.matches("\\d{8}")) {
                return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                        Integer.parseInt(d.substring(6)));
            }
            if (d.matches("\\d{6}")) {
                int yy = Integer.parseInt(d.substring(0, 2));
                return LocalDate.of(yy >= 30 ? 1900 + yy : 2000 + yy, Integer.parseInt(d.substring(2, 4)),
                        Integer.parseInt(d.substring(4)));
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
