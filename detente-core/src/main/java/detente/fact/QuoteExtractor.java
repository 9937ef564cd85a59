package detente.fact;

import detente.doc.DependencyGraph;
import detente.doc.Document;
import detente.doc.Quote;

import detente.dict.WordClasses;

import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotes with their speakers. Each quoted stretch takes the speaker of the speech verb nearest to it in
 * its sentence. A quote with no speech verb of its own takes the speaker of the quote it continues, of an
 * earlier quote in its paragraph ({@code "…," he said. "…"}), or of the previous paragraph when that paragraph
 * ends with a known speaker; a quote of fewer than three words with no speech verb is a scare quote or a name
 * and is left out, and so is a quote right after a naming word ("code-named …, or", "dubbed", "titled", "on"),
 * which marks a name or a title rather than speech.
 */
final class QuoteExtractor {

    private QuoteExtractor() {
    }

    static List<Quote> extract(Document document, DependencyGraph graph, Paragraphs paragraphs,
                               WordClasses<FactWords> words) {
        String text = document.text();
        List<QuoteSpan> spans = QuoteScanner.scan(text, paragraphs);
        SpeakerFinder finder = new SpeakerFinder(document, graph, spans, words);
        List<Quote> out = new ArrayList<>();
        Attribution previous = null;
        for (QuoteSpan span : spans) {
            if (isName(text, span, words)) {
                continue;
            }
            Attribution own = finder.forQuote(span);
            Attribution attribution = own;
            if (attribution == null || attribution.speaker() == null) {
                attribution = inherited(span, previous, finder, paragraphs);
                if (attribution == null && words(text, span) < 3) {
                    continue;
                }
            }
            out.add(new Quote(text.substring(span.start(), span.end()), span.start(), span.end(),
                    attribution == null ? null : attribution.speaker(), attribution == null ? null : attribution.verb()));
            if (attribution != null && attribution.speaker() != null) {
                previous = new Attribution(attribution.speaker(), attribution.verb(), span.paragraph());
            }
        }
        return out;
    }

    private static Attribution inherited(QuoteSpan span, Attribution previous, SpeakerFinder finder,
                                         Paragraphs paragraphs) {
        if (span.continuation() && previous != null && previous.paragraph() == span.paragraph() - 1) {
            return previous;
        }
        if (previous != null && previous.paragraph() == span.paragraph()) {
            return previous;
        }
        if (span.paragraph() > 0 && startsParagraph(span, paragraphs)) {
            Attribution before = finder.lastIn(paragraphs.all().get(span.paragraph() - 1));
            if (before != null) {
                return before;
            }
        }
        return null;
    }

    private static boolean startsParagraph(QuoteSpan span, Paragraphs paragraphs) {
        return paragraphs.all().get(span.paragraph()).start() == span.start() - 1;
    }

    /** Quote marks around a name or title: "code-named X, or "Y"", "dubbed "Z"", "2 thoughts on "T"". */
    private static boolean isName(String text, QuoteSpan span, WordClasses<FactWords> words) {
        int end = span.start() - 1;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        return words.is(FactWords.NAMING, word);
    }

    private static int words(String text, QuoteSpan span) {
        return text.substring(span.start(), span.end()).trim().split("\\s+").length;
    }
}
