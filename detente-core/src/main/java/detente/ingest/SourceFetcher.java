package detente.ingest;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads watched sources: lists what a feed, a sitemap or a page list holds (with a conditional GET, so an
 * unchanged source costs one 304), and reads each listed article as ingest reads a feed item. Every request, the
 * articles' pages included, goes through one {@link PoliteFetcher}: a host gets one request at a time, a minimum
 * delay between them, and its robots.txt obeyed. Sizes and times are bounded by the {@link IngestOptions}; a
 * listing holds at most {@code maxEntries} entries.
 */
public final class SourceFetcher {

    /** What a source is; {@code null} where a kind is asked for means "tell by its content". */
    public enum Kind { FEED, SITEMAP, PAGES }

    /** Child sitemaps of a sitemap index read per poll (the most recently modified first). */
    static final int MAX_CHILD_SITEMAPS = 3;

    private final IngestOptions options;
    private final PoliteFetcher fetcher;
    private final ArticleReader reader;
    private final TextDecoder decoder = new TextDecoder();
    private final FeedParser feedParser = new FeedParser();
    private final int maxEntries;

    /**
     * @param minDelay   the least time between two requests to one host
     * @param obeyRobots whether robots.txt is read and obeyed (off only for tests and benchmarks of one's own
     *                   server)
     * @param maxEntries the most entries one listing yields (a feed of 100,000 items is cut, and says so)
     */
    public SourceFetcher(IngestOptions options, Duration minDelay, boolean obeyRobots, int maxEntries) {
        this.options = options;
        PageFetcher pages = options.publicHostsOnly()
                ? PageFetcher.publicHostsOnly(options.fetchTimeout(), options.maxBytes())
                : new PageFetcher(options.fetchTimeout(), options.maxBytes());
        PageFetcher robots = options.publicHostsOnly()
                ? PageFetcher.publicHostsOnly(options.fetchTimeout(), PoliteFetcher.MAX_ROBOTS_BYTES)
                : new PageFetcher(options.fetchTimeout(), PoliteFetcher.MAX_ROBOTS_BYTES);
        this.fetcher = new PoliteFetcher(pages, robots, minDelay, obeyRobots);
        this.reader = new ArticleReader(options);
        this.maxEntries = maxEntries;
    }

    /**
     * Polls {@code url}: unchanged since the validators (304) or its entries. A source that cannot be fetched or
     * read is an {@link IngestException} with the reason.
     */
    public SourceListing list(String url, Kind kind, String etag, String lastModified) throws IngestException {
        PageFetcher.Revalidated answer = fetcher.fetchIfChanged(url, etag, lastModified);
        if (answer.page() == null) {
            return SourceListing.unchanged(answer.etag(), answer.lastModified());
        }
        List<SourceEntry> entries = entries(answer.page(), kind, 0);
        int listed = entries.size();
        return new SourceListing(true, entries.subList(0, Math.min(listed, maxEntries)), listed, answer.etag(),
                answer.lastModified());
    }

    /** The article behind an entry, its page fetched politely; failures and warnings name the entry. */
    public IngestResult read(SourceEntry entry) {
        return reader.readEntry(entry, fetcher::fetch);
    }

    private List<SourceEntry> entries(FetchedPage page, Kind kind, int depth) throws IngestException {
        byte[] bytes = BoundedInput.isGzip(page.body()) ? BoundedInput.gunzip(page.body(), options.maxBytes())
                : page.body();
        if (bytes.length == 0) {
            throw new IngestException("empty");
        }
        Kind actual = kind != null ? kind : sniff(bytes);
        return switch (actual) {
            case FEED -> feedEntries(page.url(), decoder.decode(bytes, page.contentType()).text());
            case SITEMAP -> sitemapEntries(page, bytes, depth);
            case PAGES -> pageList(page.url(), decoder.decode(bytes, page.contentType()).text());
        };
    }

    /** A sitemap by its root element, a feed by any other XML, else a page list (one URL a line). */
    static Kind sniff(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return Kind.SITEMAP;
        }
        return head.stripLeading().startsWith("<") || head.startsWith("\ufeff<") ? Kind.FEED : Kind.PAGES;
    }

    private List<SourceEntry> feedEntries(String feedUrl, String xml) throws IngestException {
        Feed feed = feedParser.parse(xml);
        List<SourceEntry> entries = new ArrayList<>();
        for (FeedItem raw : feed.items()) {
            FeedItem item = ArticleReader.withAbsoluteLink(raw, feedUrl);
            if (item.id() != null) {
                entries.add(new SourceEntry(item.link(), item.guid(), item.title(), item.date(), item.author(),
                        item.content(), feed.title()));
            }
        }
        return entries;
    }

    private List<SourceEntry> sitemapEntries(FetchedPage page, byte[] bytes, int depth) throws IngestException {
        AbstractSiteMap map;
        try {
            SiteMapParser parser = new SiteMapParser(false);
            map = parser.parseSiteMap("application/xml", bytes, new URL(page.url()));
        } catch (UnknownFormatException | IOException e) {
            throw new IngestException("not a valid sitemap (" + e.getMessage() + ")", e);
        }
        List<SourceEntry> entries = new ArrayList<>();
        if (map instanceof SiteMapIndex index) {
            if (depth > 0) {
                throw new IngestException("sitemap index nested in a sitemap index");
            }
            List<AbstractSiteMap> children = new ArrayList<>(index.getSitemaps());
            children.sort(Comparator.comparing((AbstractSiteMap m) -> m.getLastModified() == null ? new Date(0)
                    : m.getLastModified()).reversed().thenComparing(m -> m.getUrl().toString()));
            for (AbstractSiteMap child : children.subList(0, Math.min(MAX_CHILD_SITEMAPS, children.size()))) {
                entries.addAll(entries(fetcher.fetch(child.getUrl().toString()), Kind.SITEMAP, depth + 1));
            }
        } else if (map instanceof SiteMap sitemap) {
            for (SiteMapURL u : sitemap.getSiteMapUrls()) {
                Date modified = u.getLastModified();
                entries.add(SourceEntry.page(u.getUrl().toString(),
                        modified == null ? null : modified.toInstant().toString()));
            }
        }
        return entries;
    }

    /** A page list: every http(s) URL at the start of a line, resolved against the list's own URL. */
    private static List<SourceEntry> pageList(String listUrl, String text) {
        List<SourceEntry> entries = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String url = line.strip();
            if (url.isEmpty() || url.startsWith("#")) {
                continue;
            }
            try {
                String absolute = URI.create(listUrl).resolve(url.split("\\s+")[0]).toString();
                if (PageFetcher.isUrl(absolute)) {
                    entries.add(SourceEntry.page(absolute, null));
                }
            } catch (IllegalArgumentException e) {
                // not a URL: skipped
            }
        }
        return entries;
    }

    /** Whether {@code url} is one this reader fetches (http or https). */
    public static boolean isUrl(String url) {
        return PageFetcher.isUrl(url);
    }
}
