package detente.ingest;

import detente.doc.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** An HTML page as an article: metadata from {@link MetadataExtractor}, text from {@link ContentExtractor}. */
public final class HtmlArticleParser {

    private final MetadataExtractor metadataExtractor = new MetadataExtractor();
    private final ContentExtractor contentExtractor = new ContentExtractor();
    private final TextNormalizer normalizer = new TextNormalizer();

    /** Parses {@code html}; {@code url} is where the page came from, or null for a local file. */
    public Article parse(String id, String html, String url) throws IngestException {
        Document document = Jsoup.parse(html, url == null ? "" : url);
        HtmlMetadata metadata = metadataExtractor.extract(document, url);
        String text = normalizer.normalize(contentExtractor.extract(document)).text();
        if (text.isBlank()) {
            throw new IngestException("no article text found in the HTML");
        }
        return new Article(id, metadata.title(), metadata.date(), metadata.url(), metadata.source(),
                metadata.author(), metadata.language(), text);
    }
}
