package detente.doc;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A clean, dated article: what ingest hands to the NLP stage. Every offset the pipeline produces indexes into
 * {@link #text()}.
 *
 * @param id       stable identifier: the path as given, {@code -} for stdin, or the id field of a JSON Lines record
 * @param date     publication date; the anchor for relative dates and for dated actor roles (may be null when unknown)
 */
public record Article(String id, String title, LocalDate date, String url, String source, String author,
                      String language, String text) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static Article of(String id, LocalDate date, String text) {
        return new Article(id, null, date, null, null, null, null, text);
    }

    public Article withDate(LocalDate newDate) {
        return new Article(id, title, newDate, url, source, author, language, text);
    }
}
