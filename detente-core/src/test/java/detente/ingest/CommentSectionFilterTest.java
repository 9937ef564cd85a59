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
