package detente.eval;

import detente.dict.PetrarchText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A PETRARCH discard file: phrases that mark a sentence ({@code BASEBALL}) or a story ({@code +TYPHOON}) as not
 * about political events, so nothing in it is coded. Each record is one sentence and one story, so both kinds
 * discard the record. Matching is by whole words, ignoring case; {@code _} joins words.
 */
public final class PetrarchDiscards {

    private final List<Pattern> phrases;

    private PetrarchDiscards(List<Pattern> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    public static PetrarchDiscards none() {
        return new PetrarchDiscards(List.of());
    }

    public static PetrarchDiscards read(Path file) {
        List<Pattern> phrases = new ArrayList<>();
        for (PetrarchText.Line line : PetrarchText.lines(file)) {
            String phrase = line.text().trim();
            if (phrase.startsWith("+")) {
                phrase = phrase.substring(1);
            }
            phrase = phrase.replace('_', ' ').trim().toLowerCase(Locale.ROOT);
            if (!phrase.isEmpty()) {
                String words = Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
                phrases.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])"));
            }
        }
        return new PetrarchDiscards(phrases);
    }

    /** The first discard phrase in {@code text}, or null. */
    public String find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Pattern phrase : phrases) {
            if (phrase.matcher(lower).find()) {
                return phrase.pattern();
            }
        }
        return null;
    }

    public int size() {
        return phrases.size();
    }
}
