package detente.fact;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the outermost quoted stretches of each paragraph from the quote marks alone. Curly marks open and close
 * unambiguously and may nest; a straight double quote closes an open quote, else opens one. Single quotes are
 * only nested quotes or apostrophes and stay inside the text. A quote left open runs to its paragraph's end, and
 * a paragraph that starts with a quote mark after such a quote continues it (the newspaper convention for quotes
 * longer than a paragraph).
 */
final class QuoteScanner {

    private QuoteScanner() {
    }

    static List<QuoteSpan> scan(String text, Paragraphs paragraphs) {
        List<QuoteSpan> out = new ArrayList<>();
        boolean previousOpen = false;
        for (Paragraphs.Paragraph p : paragraphs.all()) {
            int open = -1;
            int depth = 0;
            boolean lastOpen = false;
            for (int i = p.start(); i < p.end(); i++) {
                char c = text.charAt(i);
                if (c == '\u201C' || (c == '"' && open < 0)) {
                    if (open < 0) {
                        open = i + 1;
                        depth = 1;
                    } else {
                        depth++;
                    }
                } else if ((c == '\u201D' || c == '"') && open >= 0) {
                    depth--;
                    if (depth == 0 || c == '"') {
                        add(text, open, i, p, true, previousOpen && open == p.start() + 1, out);
                        open = -1;
                        depth = 0;
                    }
                }
            }
            if (open >= 0) {
                add(text, open, p.end(), p, false, previousOpen && open == p.start() + 1, out);
                lastOpen = true;
            }
            previousOpen = lastOpen;
        }
        return out;
    }

    private static void add(String text, int start, int end, Paragraphs.Paragraph p, boolean closed,
                            boolean continuation, List<QuoteSpan> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new QuoteSpan(start, end, p.index(), closed, continuation));
        }
    }
}
