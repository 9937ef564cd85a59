package detente.ingest;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's title, publication date, source, author, canonical URL and language from its markup: Open Graph
 * and article meta tags, JSON-LD (including {@code @graph}), Dublin Core and Parse.ly/Sailthru tags,
 * {@code <time datetime>}, bylines, and as a last resort the date in the URL. The source is only what the page
 * declares (og:site_name, JSON-LD publisher, application-name); callers choose a fallback.
 */
final class MetadataExtractor {

    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[property=og:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
        "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=publication_date]",
        "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[name=DC.date.issued]",
        "meta[name=dc.date.issued]", "meta[name=dcterms.issued]", "meta[name=DC.date]", "meta[name=dc.date]",
        "meta[name=dcterms.created]", "meta[name=citation_publication_date]", "meta[name=date]",
        "meta[property=article:modified_time]",
    };
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»]\\s+");

    /** The metadata of {@code document}; {@code url} is where it came from (used for the date and the source). */
    public HtmlMetadata extract(Document document, String url) {
        JsonLd jsonLd = JsonLd.of(document);
        String source = firstNonBlank(meta(document, "meta[property=og:site_name]"), jsonLd.name("publisher"),
                meta(document, "meta[name=application-name]"));
        String canonical = firstNonBlank(absolute(document.selectFirst("link[rel=canonical]")),
                meta(document, "meta[property=og:url]"), url);
        return new HtmlMetadata(title(document, jsonLd, source), date(document, jsonLd, canonical, url),
                source, author(document, jsonLd), canonical,
                language(document, jsonLd));
    }

    private static String title(Document document, JsonLd jsonLd, String source) {
        String og = meta(document, "meta[property=og:title]");
        if (og != null) {
            return stripSiteSuffix(og, source);
        }
        String headline = jsonLd.text("headline");
        if (headline != null) {
            return headline;
        }
        Element h1 = document.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String title = document.title();
        return title.isBlank() ? null : stripSiteSuffix(title.strip(), source);
    }

    /** "Talks resume in Geneva | Example News" becomes "Talks resume in Geneva". */
    static String stripSiteSuffix(String title, String source) {
        Matcher matcher = TITLE_SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        while (matcher.find()) {
            lastStart = matcher.start();
            lastEnd = matcher.end();
        }
        if (lastStart < 0) {
            return title;
        }
        String head = title.substring(0, lastStart).strip();
        String tail = title.substring(lastEnd).strip();
        boolean isSource = source != null && tail.equalsIgnoreCase(source.strip());
        boolean shortTail = tail.split("\\s+").length <= 4 && tail.length() < head.length();
        return isSource || shortTail ? head : title;
    }

    private static LocalDate date(Document document, JsonLd jsonLd, String canonical, String url) {
        Optional<LocalDate> date = PublicationDateParser.parse(jsonLd.text("datePublished"));
        for (int i = 0; date.isEmpty() && i < DATE_META.length; i++) {
            date = PublicationDateParser.parse(meta(document, DATE_META[i]));
        }
        if (date.isEmpty()) {
            Element time = document.selectFirst("time[pubdate][datetime], time[itemprop=datePublished][datetime],"
                    + " time[datetime]");
            if (time != null) {
                date = PublicationDateParser.parse(time.attr("datetime"));
            }
        }
        if (date.isEmpty()) {
            date = PublicationDateParser.parse(jsonLd.text("dateCreated"));
        }
        if (date.isEmpty()) {
            date = PublicationDateParser.fromUrl(canonical);
        }
        if (date.isEmpty() && url != null) {
            date = PublicationDateParser.fromUrl(url);
        }
        return date.orElse(null);
    }

    private static String author(Document document, JsonLd jsonLd) {
        String author = firstNonBlank(meta(document, "meta[name=author]"), jsonLd.name("author"),
                meta(document, "meta[name=parsely-author]"), meta(document, "meta[name=sailthru.author]"));
        String articleAuthor = meta(document, "meta[property=article:author]");
        if (author == null && articleAuthor != null && !articleAuthor.startsWith("http")) {
            author = articleAuthor;
        }
        if (author == null) {
            Element byline = document.selectFirst("[rel=author], [itemprop=author] [itemprop=name],"
                    + " [itemprop=author], .byline, .author-name, .author");
            if (byline != null && !byline.text().isBlank() && byline.text().length() < 100) {
                author = byline.text().strip().replaceFirst("(?i)^by\\s+", "");
            }
        }
        return author;
    }

    private static String language(Document document, JsonLd jsonLd) {
        Element html = document.selectFirst("html");
        String language = firstNonBlank(html == null ? null : html.attr("lang"),
                meta(document, "meta[property=og:locale]"), meta(document, "meta[http-equiv=content-language]"),
                meta(document, "meta[name=language]"), jsonLd.text("inLanguage"));
        if (language == null) {
            return null;
        }
        String tag = language.strip().replace('_', '-').split("[,;\\s]")[0];
        Locale locale = Locale.forLanguageTag(tag);
        return locale.getLanguage().isEmpty() ? null : locale.toLanguageTag();
    }

    private static String meta(Document document, String selector) {
        Element element = document.selectFirst(selector);
        if (element == null) {
            return null;
        }
        String content = element.attr("content").strip();
        return content.isEmpty() ? null : content;
    }

    private static String absolute(Element link) {
        if (link == null) {
            return null;
        }
        String href = link.absUrl("href");
        return href.isEmpty() ? emptyToNull(link.attr("href")) : href;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
