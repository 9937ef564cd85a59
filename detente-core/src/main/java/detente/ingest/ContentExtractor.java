package detente.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article body of an HTML page and returns it as paragraphs separated by blank lines. Boilerplate
 * (navigation, headers, footers, asides, share bars, related links, captions) is removed first, containers are
 * scored by their paragraphs, and comment sections never reach the text. A JSON-LD {@code articleBody} is used
 * when the page's own markup yields much less than it.
 */
public final class ContentExtractor {

    private static final int MIN_TEXT_LENGTH = 250;

    /** The article text of {@code html}; empty when the page has none. */
    public String extract(String html) {
        return extract(Jsoup.parse(html));
    }

    /** The article text of {@code document}. The document is modified (boilerplate is removed from it). */
    public String extract(Document document) {
        if (document.body() != null) {
            NestingCap.flatten(document.body(), NestingCap.MAX_DEPTH);
        }
        String articleBody = JsonLd.of(document).text("articleBody");
        Document fallback = document.clone();
        String text = extractFrom(document, true);
        if (text.length() < MIN_TEXT_LENGTH) {
            String relaxed = extractFrom(fallback, false);
            if (relaxed.length() > text.length()) {
                text = relaxed;
            }
        }
        return preferArticleBody(text, articleBody);
    }

    private static String extractFrom(Document document, boolean removeUnlikely) {
        Element body = document.body();
        if (body == null) {
            return "";
        }
        BoilerplateRemover.strip(body, removeUnlikely);
        ContentScorer scorer = new ContentScorer();
        Element top = scorer.topCandidate(body);
        ContentCleaner cleaner = new ContentCleaner(scorer);
        Element article = top == body ? body : cleaner.gather(top);
        cleaner.clean(article);
        List<String> paragraphs = CommentSectionFilter.filter(BlockTextRenderer.paragraphs(article));
        return String.join("\n\n", paragraphs);
    }

    private static String preferArticleBody(String text, String articleBody) {
        if (articleBody == null) {
            return text;
        }
        String body = Jsoup.parse(articleBody).text().strip();
        if (body.length() < MIN_TEXT_LENGTH || body.length() < text.length() * 1.5) {
            return text;
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : articleBody.split("\\n\\s*\\n|\\r\\n\\s*\\r\\n")) {
            String clean = Jsoup.parse(paragraph).text().strip();
            if (!clean.isEmpty()) {
                paragraphs.add(clean);
            }
        }
        return String.join("\n\n", CommentSectionFilter.filter(paragraphs));
    }
}
