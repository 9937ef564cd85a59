package detente.ingest;

/**
 * One RSS item or Atom entry, as the feed gives it.
 *
 * @param date    the raw date string (pubDate, dc:date, published or updated), parsed later
 * @param content the richest text the feed carries: content:encoded or Atom content, else description/summary
 */
record FeedItem(String title, String link, String guid, String date, String author, String content) {

    /** The item's identity: its link, else its guid. */
    public String id() {
        return link != null ? link : guid;
    }
}
