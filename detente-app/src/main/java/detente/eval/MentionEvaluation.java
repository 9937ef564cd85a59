package detente.eval;

import detente.doc.Article;
import detente.doc.Document;
import detente.doc.Mention;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores actor mentions against the hand-checked gold of {@code examples/gold/mentions.tsv}: a gold mention is
 * found when a system mention overlaps its span with the same actor code (or, for groups, the same group key).
 * Mentions that only qualify another word ("the Iranian attack") and names unknown to the dictionary are not
 * actor mentions in the gold's sense and are left out of the system side.
 */
public final class MentionEvaluation {

    /** One gold row, located in its article. */
    public record GoldMention(String file, String text, String code, String group, String country, int start, int end) {
    }

    /** Counts and the misses, for a report. */
    public record Score(int gold, int system, int found, int correctSystem, int wrongCode, List<String> misses,
                        List<String> spurious) {

        public double precision() {
            return system == 0 ? 0 : (double) correctSystem / system;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private MentionEvaluation() {
    }

    /** Reads the gold file; each row's span is found in {@code corpus/file}. */
    public static Map<String, List<GoldMention>> readGold(Path goldFile, Path corpus) throws IOException {
        Map<String, List<GoldMention>> byFile = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        int number = 0;
        for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 6) {
                throw new IllegalArgumentException(goldFile + " line " + number + ": expected at least 6 columns");
            }
            String text = texts.computeIfAbsent(f[0], name -> read(corpus.resolve(name)));
            int occurrence = Integer.parseInt(f[5].trim());
            int start = find(text, f[1], occurrence);
            if (start < 0) {
                throw new IllegalArgumentException(goldFile + " line " + number + ": '" + f[1] + "' occurrence "
                        + occurrence + " not found in " + f[0]);
            }
            byFile.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new GoldMention(f[0], f[1], f[2],
                    f[3].isBlank() ? null : f[3], f[4].isBlank() ? null : f[4], start, start + f[1].length()));
        }
        return byFile;
    }

    /**
     * The article of a gold file exactly as the gold counts offsets: the whole file, headline included (the
     * headline is the title, so it is read for actors but not coded for events); the date from the file name.
     */
    public static Article rawArticle(Path corpus, String file) {
        String text = read(corpus.resolve(file));
        String title = text.lines().findFirst().orElse(null);
        LocalDate date = file.length() >= 10 && file.charAt(4) == '-' ? LocalDate.parse(file.substring(0, 10)) : null;
        return new Article(file, title, date, null, null, null, "en", text);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("gold article " + file + ": " + e.getMessage(), e);
        }
    }

    /** The start of the n-th (1-based) case-sensitive whole-word match. */
    static int find(String text, String snippet, int occurrence) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(snippet) + "(?![\\p{L}\\p{N}])").matcher(text);
        int seen = 0;
        while (m.find()) {
            if (++seen == occurrence) {
                return m.start();
            }
        }
        return -1;
    }

    /** Scores the documents that {@code annotate} returns for each gold file. */
    public static Score score(Map<String, List<GoldMention>> gold, Function<String, Document> annotate) {
        int goldCount = 0;
        int systemCount = 0;
        int found = 0;
        int correctSystem = 0;
        int wrongCode = 0;
        List<String> misses = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        for (Map.Entry<String, List<GoldMention>> entry : gold.entrySet()) {
            Document document = annotate.apply(entry.getKey());
            List<Mention> system = document.mentions().stream().filter(MentionEvaluation::isActorMention).toList();
            List<GoldMention> golds = entry.getValue();
            goldCount += golds.size();
            systemCount += system.size();
            for (GoldMention g : golds) {
                boolean ok = system.stream().anyMatch(m -> overlaps(m, g) && agrees(m, g));
                if (ok) {
                    found++;
                } else {
                    boolean spanOnly = system.stream().anyMatch(m -> overlaps(m, g));
                    if (spanOnly) {
                        wrongCode++;
                    }
                    misses.add(g.file() + ": '" + g.text() + "' " + g.code() + (spanOnly ? " (span found, other code: "
                            + system.stream().filter(m -> overlaps(m, g)).map(m -> m.actor().code()).toList() + ")" : ""));
                }
            }
            for (Mention m : system) {
                if (golds.stream().anyMatch(g -> overlaps(m, g) && agrees(m, g))) {
                    correctSystem++;
                } else {
                    spurious.add(entry.getKey() + ": '" + m.text() + "' " + m.actor().code() + " via " + m.via().label());
                }
            }
        }
        return new Score(goldCount, systemCount, found, correctSystem, wrongCode, misses, spurious);
    }

    /** Generic role nouns with no country ("officials", "militants") are outside the gold's scope, as it says. */
    private static boolean isActorMention(Mention m) {
        return m.actor().isKnown() && !m.actor().isRoleOnly() && m.via() != Mention.Via.ADJECTIVE
                && m.via() != Mention.Via.PLACE;
    }

    private static boolean overlaps(Mention m, GoldMention g) {
        return m.start() < g.end() && g.start() < m.end();
    }

    private static boolean agrees(Mention m, GoldMention g) {
        if (Objects.equals(m.actor().code(), g.code())) {
            return true;
        }
        return g.group() != null && Objects.equals(m.actor().group(), g.group());
    }
}
