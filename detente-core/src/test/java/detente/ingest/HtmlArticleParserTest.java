package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import detente.doc.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlArticleParserTest {

    private final HtmlArticleParser parser = new HtmlArticleParser();

    @Test
    void combinesMetadataAndNormalisedText() throws Exception {
        Article article = parser.parse("page.html", Fixtures.text("news-page.html"), null);

        assertThat(article.id()).isEqualTo("page.html");
        assertThat(article.title()).isEqualTo("Turkey and Iran agree to expand border trade");
        assertThat(article.date()).isEqualTo(LocalDate.of(2024, 1, 24));
        assertThat(article.source()).isEqualTo("Example Times");
        assertThat(article.author()).isEqualTo("Ayse Demir");
        assertThat(article.language()).isEqualTo("en-GB");
        assertThat(article.text()).startsWith("ANKARA, Jan 24 (Reuters)").doesNotContain("Leave a Reply");
    }

    @Test
    void fallsBackToTheGivenSourceThenTheHost() throws Exception {
        String html = "<article><p>Ministers met in Ankara on Wednesday and agreed to talk again, officials said."
                + "</p></article>";

        assertThat(parser.parse("x", html, "https://www.wire.example/a", "Feed Title").source())
                .isEqualTo("Feed Title");
        assertThat(parser.parse("x", html, "https://www.wire.example/a").source()).isEqualTo("wire.example");
    }

    @Test
    void refusesPagesWithoutText() {
        assertThatThrownBy(() -> parser.parse("x", "<html><body><nav>Home</nav></body></html>", null))
                .isInstanceOf(IngestException.class).hasMessage("no article text found in the HTML");
    }
}
