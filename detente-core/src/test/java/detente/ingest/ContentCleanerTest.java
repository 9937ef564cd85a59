package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentCleanerTest {

    private static final String PROSE = "Ministers met in Ankara on Wednesday, officials said, and agreed to expand"
            + " trade across the border, open two new gates, and meet again in March.";

    @Test
    void gathersSiblingParagraphsThatContinueTheArticle() {
        Document document = Jsoup.parse("<body><div id='main'><div id='top'><p>" + PROSE + "</p><p>" + PROSE
                + "</p></div><p>" + PROSE + " A sibling.</p><p><a href='/x'>Linked teaser that runs on and on"
                + " for quite a while here</a></p></div></body>");
        ContentScorer scorer = new ContentScorer();
        Element top = document.getElementById("top");
        scorer.topCandidate(document.body());

        Element article = new ContentCleaner(scorer).gather(top);

        assertThat(article.text()).contains("A sibling.").doesNotContain("Linked teaser");
    }

    @Test
    void removesTitlesLinkListsAndHoverCards() {
        Document document = Jsoup.parse("<div id='a'><h1>Title</h1><p>" + PROSE + " <span class='card'>"
                + "<a href='/1'>First related headline about the talks</a> <a href='/2'>Second related headline on trade</a>"
                + " <a href='/3'>Third related headline here</a> <a href='/4'>More</a></span></p>"
                + "<div><a href='/a'>Home</a> <a href='/b'>World</a> <a href='/c'>Sport</a></div>"
                + "<p>Advertisement</p></div>");
        Element article = new Element("div").appendChild(document.getElementById("a"));

        new ContentCleaner(new ContentScorer()).clean(article);

        assertThat(article.text()).isEqualTo(PROSE);
    }
}
