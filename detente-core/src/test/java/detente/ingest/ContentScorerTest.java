package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ContentScorerTest {

    private static final String PARAGRAPH = "<p>Ministers met in Ankara on Wednesday, officials said, and agreed to"
            + " expand trade across the border, open two new gates, and meet again in March.</p>";

    @Test
    void picksTheContainerWithTheMostProse() {
        Document document = Jsoup.parse("<body><div id='links'><p><a href='/1'>A linked headline that is long"
                + " enough to count</a></p></div><div id='story'>" + PARAGRAPH.repeat(4) + "</div></body>");

        assertThat(new ContentScorer().topCandidate(document.body()).id()).isEqualTo("story");
    }

    @Test
    void fallsBackToTheBodyWhenNothingScores() {
        Document document = Jsoup.parse("<body><p>Short.</p></body>");

        assertThat(new ContentScorer().topCandidate(document.body())).isSameAs(document.body());
    }

    @Test
    void measuresLinkDensityAndCommas() {
        Document document = Jsoup.parse("<div><a href='/x'>abcde</a>fghij</div>");

        assertThat(ContentScorer.linkDensity(document.selectFirst("div"))).isEqualTo(0.5);
        assertThat(ContentScorer.commas("a, b，c、d")).isEqualTo(3);
    }

    @Test
    void onePassGivesEachElementTheTextAndLinkLengthsItsOwnTextAndLinksGive() {
        Document document = Jsoup.parse("<body><div id='d'><p>Iran and Türkiye <a href='/x'>agreed</a> on"
                + " trade.</p><ul><li><a href='#c'>comments</a></li><li><a href='/y'>More   from Ankara</a></li>"
                + "</ul></div></body>");
        java.util.Map<org.jsoup.nodes.Element, double[]> lengths = ContentScorer.textAndLinkLengths(document.body());

        for (org.jsoup.nodes.Element e : document.body().select("#d, p, ul, li")) {
            double[] l = lengths.get(e);
            assertThat(l[1] / l[0]).as(e.normalName()).isCloseTo(ContentScorer.linkDensity(e),
                    org.assertj.core.data.Offset.offset(0.05));
        }
        assertThat(lengths.get(document.selectFirst("p"))[0]).isCloseTo(
                document.selectFirst("p").text().length(), org.assertj.core.data.Offset.offset(1.0));
    }
}
