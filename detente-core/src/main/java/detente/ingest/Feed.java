package detente.ingest;

import java.util.List;

/** A parsed RSS or Atom feed: its title (the source of its items) and its items in feed order. */
record Feed(String title, List<FeedItem> items) {

    public Feed {
        items = List.copyOf(items);
    }
}
