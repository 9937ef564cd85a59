package detente.eval;

import detente.doc.Document;
import detente.doc.Quantity;
import detente.doc.Quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores the facts stage against the hand-checked gold of {@code examples/gold/quotes.tsv} and
 * {@code examples/gold/casualties.tsv}. A gold quote is found when a system quote starts with its first words;
 * its speaker is right when the gold speaker's surname appears in the system speaker's name or text, and its
 * code is right when the codes are equal. A gold casualty is found when a system casualty of the same kind
 * overlaps its number; its value is right when low and high are both equal.
 */
public final class FactEvaluation {

    public record GoldQuote(String file, String quote, String speaker, String code, boolean isQuote) {
    }

    public record GoldCasualty(String file, String context, String number, String kind, double low, double high) {
    }

    /** Quote detection (precision, recall), speaker attribution and speaker code accuracy. */
    public record QuoteScore(int gold, int system, int found, int falsePositives, int speakerRight, int withCode,
                             int codeRight, List<String> errors) {
        public double precision() {
            return system == 0 ? 0 : (double) (system - falsePositives) / system;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double attribution() {
            return found == 0 ? 0 : (double) speakerRight / found;
        }

        public double codeAccuracy() {
            return withCode == 0 ? 0 : (double) codeRight / withCode;
        }
    }

    /** Casualty detection (precision, recall) and value accuracy of the found ones. */
    public record CasualtyScore(int gold, int system, int found, int correctSystem, int valueRight, List<String> errors) {
        public double precision() {
            return system == 0 ? 0 : (double) correctSystem / system;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double valueAccuracy() {
            return found == 0 ? 0 : (double) valueRight / found;
        }
    }

    private FactEvaluation() {
    }

    private static List<String[]> rows(Path tsv) throws IOException {
        List<String[]> out = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            out.add(line.split("\t", -1));
        }
        return out;
    }

    public static List<GoldQuote> readQuotes(Path tsv) throws IOException {
        return rows(tsv).stream().map(c -> new GoldQuote(c[0], c[1], c[2], c[3], c[4].equals("yes"))).toList();
    }

    public static List<GoldCasualty> readCasualties(Path tsv) throws IOException {
        return rows(tsv).stream().map(c -> new GoldCasualty(c[0], c[1], c[2], c[3], Double.parseDouble(c[4]),
                Double.parseDouble(c[5]))).toList();
    }

    /** Scores the quotes of the gold's articles; every system quote in those articles counts for precision. */
    public static QuoteScore scoreQuotes(List<GoldQuote> gold, Function<String, Document> process) {
        Map<String, List<GoldQuote>> byFile = new LinkedHashMap<>();
        gold.forEach(g -> byFile.computeIfAbsent(g.file(), k -> new ArrayList<>()).add(g));
        int goldQuotes = 0;
        int system = 0;
        int found = 0;
        int falsePositives = 0;
        int speakerRight = 0;
        int withCode = 0;
        int codeRight = 0;
        List<String> errors = new ArrayList<>();
        for (var entry : byFile.entrySet()) {
            Document d = process.apply(entry.getKey());
            system += d.quotes().size();
            for (Quote q : d.quotes()) {
                GoldQuote g = entry.getValue().stream().filter(x -> q.text().startsWith(x.quote())).findFirst().orElse(null);
                if (g == null || !g.isQuote()) {
                    falsePositives++;
                    errors.add("spurious " + entry.getKey() + ": " + q.text());
                }
            }
            for (GoldQuote g : entry.getValue()) {
                if (!g.isQuote()) {
                    continue;
                }
                goldQuotes++;
                Quote q = d.quotes().stream().filter(x -> x.text().startsWith(g.quote())).findFirst().orElse(null);
                if (q == null) {
                    errors.add("missed " + g.file() + ": " + g.quote());
                    continue;
                }
                found++;
                String said = q.speaker() == null ? "" : key(q.speaker().name() + " " + q.speaker().text());
                String[] names = key(g.speaker()).split(" ");
                if (said.contains(names[names.length - 1])) {
                    speakerRight++;
                } else {
                    errors.add("speaker " + g.file() + ": '" + g.quote() + "' " + g.speaker() + " but "
                            + (q.speaker() == null ? "none" : q.speaker().text()));
                }
                if (!g.code().equals("-")) {
                    withCode++;
                    if (q.speaker() != null && g.code().equals(q.speaker().code())) {
                        codeRight++;
                    }
                }
            }
        }
        return new QuoteScore(goldQuotes, system, found, falsePositives, speakerRight, withCode, codeRight, errors);
    }

    /** Scores the killed and wounded counts of the gold's articles. */
    public static CasualtyScore scoreCasualties(List<GoldCasualty> gold, Function<String, Document> process) {
        Map<String, List<GoldCasualty>> byFile = new LinkedHashMap<>();
        gold.forEach(g -> byFile.computeIfAbsent(g.file(), k -> new ArrayList<>()).add(g));
        int system = 0;
        int found = 0;
        int correctSystem = 0;
        int valueRight = 0;
        List<String> errors = new ArrayList<>();
        for (var entry : byFile.entrySet()) {
            Document d = process.apply(entry.getKey());
            String text = d.text();
            List<int[]> spans = new ArrayList<>();
            for (GoldCasualty g : entry.getValue()) {
                int at = text.indexOf(g.context());
                if (at < 0 || text.indexOf(g.context(), at + 1) >= 0) {
                    throw new IllegalArgumentException("gold context not found once in " + g.file() + ": " + g.context());
                }
                int start = at + g.context().indexOf(g.number());
                spans.add(new int[] {start, start + g.number().length()});
            }
            List<Quantity> casualties = d.quantities().stream()
                    .filter(q -> q.kind().equals("killed") || q.kind().equals("wounded")).toList();
            system += casualties.size();
            for (Quantity q : casualties) {
                boolean right = false;
                for (int i = 0; i < spans.size(); i++) {
                    if (overlaps(q, spans.get(i)) && q.kind().equals(entry.getValue().get(i).kind())) {
                        right = true;
                    }
                }
                if (right) {
                    correctSystem++;
                } else {
                    errors.add("spurious " + entry.getKey() + ": " + q.kind() + " '" + q.text() + "' at " + q.start());
                }
            }
            for (int i = 0; i < spans.size(); i++) {
                GoldCasualty g = entry.getValue().get(i);
                int[] span = spans.get(i);
                Quantity q = casualties.stream().filter(x -> overlaps(x, span) && x.kind().equals(g.kind()))
                        .findFirst().orElse(null);
                if (q == null) {
                    errors.add("missed " + g.file() + ": " + g.kind() + " '" + g.context() + "'");
                    continue;
                }
                found++;
                if (q.low() == g.low() && q.high() == g.high()) {
                    valueRight++;
                } else {
                    errors.add("value " + g.file() + ": '" + g.context() + "' " + g.low() + "-" + g.high() + " but "
                            + q.low() + "-" + q.high());
                }
            }
        }
        return new CasualtyScore(gold.size(), system, found, correctSystem, valueRight, errors);
    }

    private static boolean overlaps(Quantity q, int[] span) {
        return q.start() < span[1] && q.end() > span[0];
    }

    private static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
