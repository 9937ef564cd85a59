package detente.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the training formats: five-class sentences ({@code sentence<TAB>class}), token/BIO files with source,
 * target and reciprocal tags, PLOVER pair tables with {@code marked_sentence} and {@code gold_root} columns, and
 * reviewers' verdicts from {@code detente export gold}. A malformed row is an error naming the file and line:
 * nothing is skipped silently.
 */
public final class TrainingFiles {

    /** PLOVER types as the pair data names them; CONCEDE and RETREAT are read as YIELD. */
    public static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
            "STATEMENT");

    private static final ObjectMapper JSON = new ObjectMapper();

    private TrainingFiles() {
    }

    /** A malformed row: the message names file and line. */
    public static final class MalformedRow extends IllegalArgumentException {
        MalformedRow(Path file, int line, String why) {
            super(file + " line " + line + ": " + why);
        }
    }

    /**
     * Sentences that report no event, one a line ({@code #} comments): every pair of actors in them acts on no
     * one.
     */
    public static List<LabelledSentence> noEvents(Path file) throws IOException {
        List<LabelledSentence> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.contains("\t")) {
                throw new MalformedRow(file, i + 1, "one sentence a line, no tabs");
            }
            out.add(new LabelledSentence(LabelledSentence.Kind.NONE, file.getFileName() + ":" + (i + 1), line, -1,
                    List.of()));
        }
        return out;
    }

    /** {@code sentence<TAB>class} rows, class 0–4. */
    public static List<LabelledSentence> classes(Path file) throws IOException {
        List<LabelledSentence> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new MalformedRow(file, i + 1, "expected 'sentence<TAB>class'");
            }
            String label = line.substring(tab + 1).strip();
            if (!label.matches("[0-4]")) {
                throw new MalformedRow(file, i + 1, "class '" + label + "' is not 0-4");
            }
            out.add(new LabelledSentence(LabelledSentence.Kind.CLASSES, file.getFileName() + ":" + (i + 1),
                    line.substring(0, tab).strip(),
                    Integer.parseInt(label), List.of()));
        }
        return out;
    }

    /**
     * A PLOVER pair table: a header row naming at least {@code marked_sentence} and {@code gold_root} (and
     * optionally {@code gold_penta}); the source is marked {@code <s>…</s>} and the target {@code <t>…</t>}.
     */
    public static List<LabelledSentence> pairs(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new MalformedRow(file, 1, "empty file, expected a header row");
        }
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int marked = header.indexOf("marked_sentence");
        int root = header.indexOf("gold_root");
        int penta = header.indexOf("gold_penta");
        if (marked < 0 || root < 0) {
            throw new MalformedRow(file, 1, "header lacks the marked_sentence and gold_root columns");
        }
        List<LabelledSentence> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            if (f.length <= Math.max(marked, Math.max(root, penta))) {
                throw new MalformedRow(file, i + 1, f.length + " columns, the header has " + header.size());
            }
            String type = f[root].strip().toUpperCase(java.util.Locale.ROOT);
            type = type.equals("CONCEDE") || type.equals("RETREAT") ? "YIELD" : type;
            if (!TYPES.contains(type)) {
                throw new MalformedRow(file, i + 1, "unknown PLOVER type '" + f[root] + "'");
            }
            int p = -1;
            if (penta >= 0 && !f[penta].isBlank()) {
                if (!f[penta].strip().matches("[0-4]")) {
                    throw new MalformedRow(file, i + 1, "gold_penta '" + f[penta] + "' is not 0-4");
                }
                p = Integer.parseInt(f[penta].strip());
            }
            Marked m = unmark(f[marked], file, i + 1);
            out.add(new LabelledSentence(LabelledSentence.Kind.PAIRS, file.getFileName() + ":" + (i + 1), m.text(), p,
                    List.of(new LabelledSentence.Pair(m.source(), m.target(), type, true))));
        }
        return out;
    }

    /** A sentence with its marks removed and the marked spans. */
    public record Marked(String text, LabelledSentence.CharSpan source, LabelledSentence.CharSpan target) {
    }

    /** Removes {@code <s>…</s>} and {@code <t>…</t>}, keeping where they were (either may be null). */
    public static Marked unmark(String marked, Path file, int line) {
        StringBuilder text = new StringBuilder();
        int[] open = {-1, -1};
        int[][] spans = {null, null};
        int i = 0;
        while (i < marked.length()) {
            String rest = marked.substring(i);
            int which = rest.startsWith("<s>") || rest.startsWith("</s>") ? 0
                    : rest.startsWith("<t>") || rest.startsWith("</t>") ? 1 : -1;
            if (which >= 0) {
                boolean closing = rest.charAt(1) == '/';
                if (closing) {
                    if (open[which] < 0) {
                        throw new MalformedRow(file, line, "closing mark without an opening one");
                    }
                    if (spans[which] == null) {
                        // A phrase marked twice ("<t>Ukraine</t> ... <t>Ukraine</t>'s"): its first mention.
                        spans[which] = new int[] {open[which], text.length()};
                    }
                    open[which] = -1;
                    i += 4;
                } else {
                    open[which] = text.length();
                    i += 3;
                }
                continue;
            }
            text.append(marked.charAt(i++));
        }
        if (spans[0] == null && spans[1] == null) {
            throw new MalformedRow(file, line, "marked_sentence marks neither a source <s>…</s> nor a target <t>…</t>");
        }
        // Trim the spans to the words they mark; a row may leave the source or the target unmarked.
        String s = text.toString();
        return new Marked(s, spans[0] == null ? null : trim(s, spans[0]), spans[1] == null ? null : trim(s, spans[1]));
    }

    private static LabelledSentence.CharSpan trim(String text, int[] span) {
        int a = span[0];
        int b = span[1];
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return new LabelledSentence.CharSpan(a, b);
    }

    /**
     * Tokens with BIO tags ({@code token tag} per line, sentences separated by blank lines): {@code S} source,
     * {@code T} target, {@code R} reciprocal. Each S→T pair is a pair; reciprocal spans act on each other. The
     * five-class label is taken from {@code classesByText} where the same sentence has one.
     */
    public static List<LabelledSentence> tagged(Path file, Map<String, Integer> classesByText) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<LabelledSentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        List<Character> tags = new ArrayList<>();
        int start = 1;
        char previous = 'O';
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (line.isBlank()) {
                if (text.length() > 0) {
                    out.add(taggedSentence(file, start, text.toString(), spans, tags, classesByText));
                }
                text.setLength(0);
                spans.clear();
                tags.clear();
                previous = 'O';
                start = i + 2;
                continue;
            }
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                throw new MalformedRow(file, i + 1, "expected 'token tag'");
            }
            String token = line.substring(0, space);
            String tag = line.substring(space + 1).strip();
            if (!tag.equals("O") && !tag.matches("[BI]-[STR]")) {
                throw new MalformedRow(file, i + 1, "tag '" + tag + "' is not O or B-/I- S, T or R");
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            int at = text.length();
            text.append(token);
            char kind = tag.equals("O") ? 'O' : tag.charAt(2);
            if (kind != 'O' && (tag.startsWith("B-") || previous != kind)) {
                spans.add(new int[] {at, at + token.length()});
                tags.add(kind);
            } else if (kind != 'O') {
                spans.get(spans.size() - 1)[1] = at + token.length();
            }
            previous = kind;
        }
        return out;
    }

    private static LabelledSentence taggedSentence(Path file, int line, String text, List<int[]> spans,
                                                   List<Character> tags, Map<String, Integer> classesByText) {
        List<LabelledSentence.Pair> pairs = new ArrayList<>();
        int penta = classesByText.getOrDefault(squeeze(text), -1);
        String type = penta == 0 ? "STATEMENT" : null;
        for (int a = 0; a < spans.size(); a++) {
            for (int b = 0; b < spans.size(); b++) {
                boolean st = tags.get(a) == 'S' && tags.get(b) == 'T';
                boolean rr = a != b && tags.get(a) == 'R' && tags.get(b) == 'R';
                if (st || rr) {
                    pairs.add(new LabelledSentence.Pair(span(spans.get(a)), span(spans.get(b)), type, true));
                }
            }
        }
        return new LabelledSentence(LabelledSentence.Kind.TAGGED, file.getFileName() + ":" + line, text, penta, pairs);
    }

    private static LabelledSentence.CharSpan span(int[] s) {
        return new LabelledSentence.CharSpan(s[0], s[1]);
    }

    /** A sentence's letters and digits only: how a tokenised sentence is matched to its running text. */
    public static String squeeze(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * Reviewers' verdicts ({@code detente export gold}): {@code correct} and {@code fix} lines give the gold event
     * of a sentence, {@code wrong} lines a coded pair that is no event. The pair's spans are the first mentions of
     * its actor codes, resolved when the sentence is parsed; here they are kept as codes.
     */
    public static List<Verdict> verdicts(Path file) throws IOException {
        List<Verdict> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw new MalformedRow(file, i + 1, "not JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
            String text = n.path("text").asText("");
            JsonNode gold = n.get("gold");
            JsonNode pair = gold == null || gold.isNull() ? n.path("coded") : gold;
            String source = pair.path("source").asText("");
            String target = pair.path("target").asText("");
            String cameo = pair.path("cameo").asText("");
            if (text.isBlank() || source.isBlank() || target.isBlank() || !cameo.matches("\\d{2,4}")) {
                throw new MalformedRow(file, i + 1, "a verdict needs text and a coded or gold event with cameo,"
                        + " source and target");
            }
            out.add(new Verdict(file.getFileName() + ":" + (i + 1), text, source, target, cameo,
                    gold != null && !gold.isNull()));
        }
        return out;
    }

    /** A reviewer's verdict: {@code acts} with the gold code, or the coded pair is no such event. */
    public record Verdict(String origin, String text, String source, String target, String cameo, boolean acts) {
    }
}
