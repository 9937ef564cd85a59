package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentHintsTest {

    private static Element element(String attributes) {
        return Jsoup.parse("<div " + attributes + ">x</div>").selectFirst("div");
    }

    @Test
    void weighsClassAndIdHints() {
        assertThat(ContentHints.weight(element("class='story-body'"))).isEqualTo(25);
        assertThat(ContentHints.weight(element("class='share-bar'"))).isEqualTo(-25);
        assertThat(ContentHints.weight(element("class='sidebar' id='related'"))).isEqualTo(-50);
        assertThat(ContentHints.weight(element(""))).isZero();
    }

    @Test
    void marksUnlikelyContainersUnlessTheyMayHoldTheArticle() {
        assertThat(ContentHints.isUnlikely(element("class='newsletter-signup'"))).isTrue();
        assertThat(ContentHints.isUnlikely(element("role='navigation' class='nav'"))).isTrue();
        assertThat(ContentHints.isUnlikely(element("class='sidebar article-content'"))).isFalse();
        assertThat(ContentHints.isUnlikely(element("class='story'"))).isFalse();
    }

    @Test
    void recognisesCommentSections() {
        assertThat(ContentHints.isCommentSection(element("id='comments'"))).isTrue();
        assertThat(ContentHints.isCommentSection(element("class='comment-list'"))).isTrue();
        assertThat(ContentHints.isCommentSection(element("id='respond'"))).isTrue();
        assertThat(ContentHints.isCommentSection(element("id='disqus_thread'"))).isTrue();
        assertThat(ContentHints.isCommentSection(element("class='commentary-article'"))).isFalse();
    }
}
