package detente.ingest;

/**
 * One article a watched source lists: a feed item, a sitemap URL or a line of a page list.
 *
 * @param link        the article's URL (absolute), or null when a feed item has only a guid
 * @param guid        the feed's own id for the item, or null
 * @param date        the raw date the source gives (pubDate, lastmod...), parsed later, or null
 * @param summary     the feed's text for the item (used when the page cannot be fetched), or null
 * @param sourceTitle the listing's title (a feed's title), the article's source when its page names none
 */
public record SourceEntry(String link, String guid, String title, String date, String author, String summary,
                          String sourceTitle) {

    /** The entry's identity, as ingest names the article: its link, else its guid. */
    public String id() {
        return link != null ? link : guid;
    }

    /** A listed page: only a URL. */
    public static SourceEntry page(String url, String date) {
        return new SourceEntry(url, null, null, date, null, null, null);
    }
}
