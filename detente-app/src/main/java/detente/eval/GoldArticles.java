package detente.eval;

import detente.doc.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The demo articles as the fact gold reads them: plain-text files whole (headline first), HTML files as the
 * headline and the body's plain {@code <p>} paragraphs separated by blank lines, so that navigation, comments and
 * boxes stay out until the ingest stage cleans pages properly.
 */
public final class GoldArticles {

    private GoldArticles() {
    }

    public static Article read(Path news, String file) {
        try {
            String raw = Files.readString(news.resolve(file));
            LocalDate date = LocalDate.parse(file.substring(0, 10));
            if (!file.endsWith(".html")) {
                return new Article(file, raw.lines().findFirst().orElse(null), date, null, null, null, "en", raw);
            }
            var page = Jsoup.parse(raw);
            Element h1 = page.selectFirst("h1");
            String title = h1 == null ? null : h1.text();
            String body = page.select("p:not([class])").stream().map(Element::text).filter(s -> !s.isBlank())
                    .collect(Collectors.joining("\n\n"));
            String text = title == null ? body : title + "\n\n" + body;
            return new Article(file, title, date, null, null, null, "en", text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
