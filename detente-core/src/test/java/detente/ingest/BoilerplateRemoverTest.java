package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BoilerplateRemoverTest {

    private static final String PAGE = "<body><nav>Menu</nav><header>Site</header><div class='share-tools'>Share</div>"
            + "<div style='display: none'>Hidden</div><script>var x;</script><!-- note -->"
            + "<form><textarea></textarea>Comment form</form><div id='comments'>A comment</div>"
            + "<form id='aspnetForm'><div class='story'><p>" + "Long article text. ".repeat(30) + "</p></div></form>"
            + "<figure><img><figcaption>Caption</figcaption></figure><footer>Footer</footer></body>";

    @Test
    void removesWhatIsNeverArticleText() {
        Document document = Jsoup.parse(PAGE);

        BoilerplateRemover.strip(document.body(), false);

        String text = document.body().text();
        assertThat(text).startsWith("Share").contains("Long article text.")
                .doesNotContain("Menu", "Site", "Hidden", "var x", "Comment form", "A comment", "Caption", "Footer");
        assertThat(document.select("form")).isEmpty();
        assertThat(document.select("div.story")).hasSize(1);
    }

    @Test
    void removesUnlikelyContainersOnlyWhenAsked() {
        Document document = Jsoup.parse(PAGE);

        BoilerplateRemover.strip(document.body(), true);

        assertThat(document.body().text()).doesNotContain("Share").contains("Long article text.");
    }
}
