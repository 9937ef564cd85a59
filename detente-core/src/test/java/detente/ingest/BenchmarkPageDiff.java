package detente.ingest;

import java.nio.file.Path;
import java.util.Map;

/** Development aid: shows, for one benchmark page, extracted paragraphs missing from the truth and vice versa. */
public final class BenchmarkPageDiff {

    private BenchmarkPageDiff() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = BenchmarkData.locate().orElseThrow();
        Map<String, String> truth = ExtractionEvaluation.groundTruth(dir);
        for (String id : args) {
            String expected = truth.get(id);
            String actual = new ContentExtractor().extract(ExtractionEvaluation.readPage(dir, id));
            String flatTruth = expected.replaceAll("\\s+", " ");
            System.out.println("=== " + id);
            for (String paragraph : actual.split("\n\n")) {
                if (!flatTruth.contains(paragraph.replaceAll("\\s+", " "))) {
                    System.out.println("  + " + abbreviate(paragraph));
                }
            }
            String flatActual = actual.replaceAll("\\s+", " ");
            for (String paragraph : expected.split("\n+")) {
                if (!paragraph.isBlank() && !flatActual.contains(paragraph.strip().replaceAll("\\s+", " "))) {
                    System.out.println("  - " + abbreviate(paragraph));
                }
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }
}
