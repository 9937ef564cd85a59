package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BlockTextRendererTest {

    @Test
    void separatesBlocksWithBlankLinesAndCollapsesInlineWhitespace() {
        String html = "<div><h2>Heading</h2><p>First   <b>bold</b>\n text.</p><ul><li>One</li><li>Two</li></ul>"
                + "<p>Line one<br>line two<br><br>New paragraph</p></div>";

        assertThat(BlockTextRenderer.text(Jsoup.parse(html).body()))
                .isEqualTo("Heading\n\nFirst bold text.\n\nOne\n\nTwo\n\nLine one\nline two\n\nNew paragraph");
    }

    @Test
    void joinsTableCellsWithSpacesAndRowsAsParagraphs() {
        String html = "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>";

        assertThat(BlockTextRenderer.paragraphs(Jsoup.parse(html).body())).containsExactly("a b", "c");
    }

    @Test
    void treatsNoBreakSpacesAsSpaces() {
        assertThat(BlockTextRenderer.text(Jsoup.parse("<p>&nbsp;Ankara&nbsp;&nbsp;talks&nbsp;</p>").body()))
                .isEqualTo("Ankara talks");
    }
}
