package detente.ingest;

import java.time.LocalDate;

/** What a page says about itself; any field may be null when the page does not say. */
record HtmlMetadata(String title, LocalDate date, String source, String author, String url,
                           String language) {
}
