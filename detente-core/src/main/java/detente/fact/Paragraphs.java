package detente.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The paragraphs of an article text: runs of text separated by blank lines, as character spans. */
final class Paragraphs {

    private static final Pattern BREAK = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");

    /** One paragraph, {@code [start, end)} in the article text, trimmed of surrounding white space. */
    record Paragraph(int index, int start, int end) {
    }

    private final List<Paragraph> paragraphs;

    Paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        Matcher m = BREAK.matcher(text);
        int from = 0;
        while (m.find()) {
            add(text, from, m.start(), out);
            from = m.end();
        }
        add(text, from, text.length(), out);
        paragraphs = List.copyOf(out);
    }

    private static void add(String text, int start, int end, List<Paragraph> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Paragraph(out.size(), start, end));
        }
    }

    List<Paragraph> all() {
        return paragraphs;
    }

    /** The index of the paragraph that contains {@code offset}, or of the last one before it. */
    int indexOf(int offset) {
        int found = 0;
        for (Paragraph p : paragraphs) {
            if (p.start() <= offset) {
                found = p.index();
            } else {
                break;
            }
        }
        return found;
    }
}
