package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommentSectionFilterTest {

    @Test
    void cutsEverythingFromTheFirstCommentMarker() {
        List<String> paragraphs = List.of("First paragraph.", "Second paragraph.", "Leave a Reply",
                "Your email address will not be published. Required fields are marked *", "Great article!");

        assertThat(CommentSectionFilter.filter(paragraphs)).containsExactly("First paragraph.", "Second paragraph.");
    }

    @Test
    void dropsStandAloneBoilerplateLines() {
        assertThat(CommentSectionFilter.filter(List.of("Advertisement", "Body text.", "Share this:", "More text.")))
                .containsExactly("Body text.", "More text.");
    }

    @Test
    void dropsShareWidgetsInSeveralLanguagesButNotSentencesAboutSharing() {
        List<String> paragraphs = List.of("Pakistan recalled its ambassador from Tehran on Wednesday.",
                "Like this story? Share it with a friend.", "Teilen auf WhatsApp", "Partager sur Facebook",
                "Compartir en X", "Поделиться", "Artikel teilen",
                "Like this story?", "Both countries agreed to share intelligence on militant groups.",
                "Share this article", "The talks will resume next week.");
        assertThat(CommentSectionFilter.filter(paragraphs)).containsExactly(
                "Pakistan recalled its ambassador from Tehran on Wednesday.",
                "Both countries agreed to share intelligence on militant groups.", "The talks will resume next week.");
    }

    @Test
    void keepsProseThatMerelyMentionsComments() {
        List<String> paragraphs = List.of("The minister declined to comment on the leaked report, his office said.");

        assertThat(CommentSectionFilter.filter(paragraphs)).isEqualTo(paragraphs);
    }

    @Test
    void cutsCommentLinesAtTheEndOfPlainText() {
        String text = "Talks resumed.\n\nBoth sides were hopeful.\nLeave a Reply\nComment *\nName *\nPost Comment\n";

        assertThat(CommentSectionFilter.cutText(text)).isEqualTo("Talks resumed.\n\nBoth sides were hopeful.");
    }
}
