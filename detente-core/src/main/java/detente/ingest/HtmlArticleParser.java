package detente.ingest;

import detente.doc.Article;
import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** An HTML page as an article: metadata from {@link MetadataExtractor}, text from {@link ContentExtractor}. */
public final class HtmlArticleParser {

    private final MetadataExtractor metadataExtractor = new MetadataExtractor();
    private final ContentExtractor contentExtractor = new ContentExtractor();
    private final TextNormalizer normalizer = new TextNormalizer();

    /** Parses {@code html}; {@code url} is where the page came from, or null for a local file. */
    public Article parse(String id, String html, String url) throws IngestException {
        return parse(id, html, url, null);
    }

    /**
     * Parses {@code html}; when the page declares no source, {@code defaultSource} is used (a feed's title, say),
     * and failing that the host of the page's URL.
     */
    public Article parse(String id, String html, String url, String defaultSource) throws IngestException {
        Document document = Jsoup.parse(html, url == null ? "" : url);
        HtmlMetadata metadata = metadataExtractor.extract(document, url);
        String text = normalizer.normalize(contentExtractor.extract(document)).text();
        if (text.isBlank()) {
            throw new IngestException("no article text found in the HTML");
        }
        String source = metadata.source() != null ? metadata.source()
                : defaultSource != null ? defaultSource : host(metadata.url());
        return new Article(id, metadata.title(), metadata.date(), metadata.url(), source,
                metadata.author(), metadata.language(), text);
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
