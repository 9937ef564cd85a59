package detente.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire datelines ("ISLAMABAD/TEHRAN, Jan 18 — ", "ANKARA (Reuters) - ") at the start of a paragraph. A parser
 * reads them as part of the first sentence and hangs the whole sentence under the city name; masking them with
 * spaces of the same length keeps every offset while the parser sees the sentence alone.
 */
public final class Datelines {

    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\t]*[A-Z][A-Z.'\u2019-]+(?:[ /][A-Z][A-Z.'\u2019-]+){0,3}"
                    + "(?:\\s*\\([^)\\n]{1,40}\\))?"
                    + "(?:,\\s*[A-Z][a-z]{2,9}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?"
                    + "(?:\\s*\\([^)\\n]{1,40}\\))?"
                    + "\\s*(?:\u2014|\u2013|--|-)\\s+(?=[A-Z\"\u201C])");

    private Datelines() {
    }

    /** The text with every dateline replaced by spaces; the same length, so offsets are unchanged. */
    public static String mask(String text) {
        Matcher m = DATELINE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        } while (m.find());
        return out.toString();
    }
}
