package detente.ingest;

import detente.doc.Article;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A plain-text article: the first line is the title when a blank line follows it (it stays in the text); the
 * date comes from a
 * {@code YYYY-MM-DD} prefix of the file name (e.g. {@code 2024-01-24-iran-turkey.txt}); trailing comment-form lines
 * ("Leave a Reply", "Required fields are marked *") are cut.
 */
final class PlainTextParser {

    private static final int MAX_TITLE_LENGTH = 300;

    private final TextNormalizer normalizer = new TextNormalizer();

    /** Parses {@code text}; {@code fileName} may be null (stdin). */
    public Article parse(String id, String fileName, String text) throws IngestException {
        String normalized = normalizer.normalize(text).text();
        String title = null;
        String body = normalized;
        int firstBreak = normalized.indexOf("\n\n");
        if (firstBreak > 0 && firstBreak <= MAX_TITLE_LENGTH && normalized.indexOf('\n') == firstBreak) {
            title = normalized.substring(0, firstBreak).strip();
            if (normalized.substring(firstBreak + 2).isBlank()) {
                throw new IngestException("no text");
            }
        }
        // The headline stays in the text (offsets are the file's): it is often the clearest report of the event.
        body = CommentSectionFilter.cutText(body);
        if (body.isBlank()) {
            throw new IngestException("no text");
        }
        return new Article(id, title, dateFromFileName(fileName).orElse(null), null, null, null, null, body);
    }

    /** The date a file name starts with, if any. */
    static Optional<LocalDate> dateFromFileName(String fileName) {
        return PublicationDateParser.fromFileName(fileName);
    }
}
