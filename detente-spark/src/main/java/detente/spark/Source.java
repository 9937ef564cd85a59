package detente.spark;

import detente.doc.Article;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One article read from an input file, at its position in the file (what orders the job like an ingest), or the
 * reason the file could not be read. Serializable, unlike {@link Article}, so it can cross a shuffle.
 */
record Source(String file, int index, String id, String title, LocalDate date, String url, String source,
              String author, String language, String text, String error) implements Serializable {

    static Source of(String file, int index, Article a) {
        return new Source(file, index, a.id(), a.title(), a.date(), a.url(), a.source(), a.author(), a.language(),
                a.text(), null);
    }

    /** A file, or a record in one ({@code path#line}), that yields no article. */
    static Source failed(String input, int index, String reason) {
        return new Source(input, index, input, null, null, null, null, null, null, null,
                reason == null ? "unreadable" : reason);
    }

    Article article() {
        return new Article(id, title, date, url, source, author, language, text);
    }

    /** Input order: file name, then position in the file (what {@code detente ingest} stores them in). */
    String order() {
        return file + '\u0000' + String.format("%010d", index);
    }

    /** The one of two sources that comes first in input order. */
    static Source first(Source a, Source b) {
        return a.order().compareTo(b.order()) <= 0 ? a : b;
    }
}
