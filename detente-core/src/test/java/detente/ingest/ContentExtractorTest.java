package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentExtractorTest {

    private final ContentExtractor extractor = new ContentExtractor();

    @Test
    void keepsTheArticleBodyAsParagraphs() {
        String text = extractor.extract(Fixtures.text("news-page.html"));

        assertThat(text).startsWith("ANKARA, Jan 24 (Reuters) - Turkey and Iran agreed on Wednesday");
        assertThat(text).contains("\"We are determined to deepen our economic ties,\"");
        assertThat(text).endsWith("a joint committee would meet again in March.");
        assertThat(text.split("\n\n")).hasSize(4);
    }

    @Test
    void dropsNavigationShareBarsCaptionsAndRelatedBoxes() {
        String text = extractor.extract(Fixtures.text("news-page.html"));

        assertThat(text).doesNotContain("Business", "Share on Facebook", "Photo: Reuters", "Read more",
                "morning briefing", "Lira slips", "Most popular", "All rights reserved",
                "Turkey and Iran agree to expand border trade");
    }

    @Test
    void neverLetsCommentsOrCommentFormsThrough() {
        String text = extractor.extract(Fixtures.text("news-page.html"));

        assertThat(text).doesNotContain("Comments", "cooperation between neighbours", "Leave a Reply",
                "Your email address will not be published", "Required fields are marked", "Post Comment");
    }

    @Test
    void dropsCommentListsLongerThanTheArticle() {
        String comment = "<li class='comment'><p>I completely disagree with this analysis, and frankly, the minister"
                + " has been wrong about trade for years, as anyone who follows the numbers knows.</p></li>";
        String html = "<html><body><div class='post'><h1>Talks</h1><div class='entry-content'><p>Negotiators from"
                + " both sides returned to the table on Monday, diplomats said, after a pause of two weeks.</p></div>"
                + "</div><div id='comments'><ol class='commentlist'>" + comment.repeat(30) + "</ol></div>"
                + "</body></html>";

        String text = extractor.extract(html);

        assertThat(text).startsWith("Negotiators from both sides").doesNotContain("disagree");
    }

    @Test
    void keepsTheArticleWhenACommentHintWrapsTheWholePage() {
        String html = "<html><body><div class='single comments-open'><article><p>Negotiators from both sides"
                + " returned to the table on Monday, diplomats said, after a pause of two weeks.</p></article>"
                + "<div id='respond'><h3>Leave a Reply</h3></div></div></body></html>";

        assertThat(extractor.extract(html)).startsWith("Negotiators from both sides").doesNotContain("Leave a Reply");
    }

    @Test
    void cutsCommentFormLinesInsideTheBody() {
        String text = extractor.extract(Fixtures.text("wordpress-comments.html"));

        assertThat(text).contains("Negotiators from both sides").contains("within reach, though obstacles remain.");
        assertThat(text).doesNotContain("Leave a Reply", "Required fields", "Post Comment");
    }

    @Test
    void usesJsonLdArticleBodyWhenTheMarkupHoldsMuchLess() {
        String body = "Talks between the two governments resumed on Tuesday in Geneva. ".repeat(12);
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + body + "\"}</script></head><body><div class='teaser'><p>Talks resumed.</p></div></body></html>";

        assertThat(extractor.extract(html)).isEqualTo(body.strip());
    }

    @Test
    void returnsEmptyTextForAPageWithoutProse() {
        assertThat(extractor.extract("<html><body><nav><a href='/'>Home</a></nav></body></html>")).isEmpty();
    }

    @Test
    void readsProseBetweenLineBreaks() {
        String html = "<html><body><div class='col'><p class='title'>Headline</p>"
                + "Police said on Friday that two cars had been broken into overnight, and that an inquiry was open."
                + "<br><br>The mayor said security at the depot would be reviewed, and cameras would be added.<br>"
                + "</div></body></html>";

        String text = extractor.extract(html);

        assertThat(text).contains("two cars had been broken into").contains("cameras would be added.");
    }

    @Test
    void aPageNestedTensOfThousandsDeepIsCutToTheDepthCapAndKeepsItsText() {
        // Each level's text and descendants were looked at again for every element above it: 10,000 levels took
        // 13 s, 30,000 took 155 s. At the cap the rest of the tree becomes paragraphs of its text.
        int levels = 30_000;
        StringBuilder html = new StringBuilder("<html><body><article>");
        html.append("<p>ANKARA, Jan 24 - Turkey and Iran agreed on Wednesday to raise trade, officials said.</p>");
        html.append("<div>".repeat(levels));
        html.append("<p>Both sides signed ten memoranda, the foreign ministry said, and will meet in March.</p>");
        html.append("</div>".repeat(levels)).append("</article></body></html>");
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(html.toString());

        String text = extractor.extract(document);

        assertThat(text).contains("Turkey and Iran agreed on Wednesday")
                .contains("Both sides signed ten memoranda");
        int deepest = 0;
        for (org.jsoup.nodes.Element e : document.body().getAllElements()) {
            int depth = 0;
            for (org.jsoup.nodes.Element p = e; p != document.body(); p = p.parent()) {
                depth++;
            }
            deepest = Math.max(deepest, depth);
        }
        assertThat(deepest).isLessThanOrEqualTo(NestingCap.MAX_DEPTH + 1);
    }
}
