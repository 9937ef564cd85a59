package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import detente.doc.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlainTextParserTest {

    private final PlainTextParser parser = new PlainTextParser();

    @Test
    void takesTheFirstLineAsTitleWhenABlankLineFollows() throws Exception {
        Article article = parser.parse("news/2024-01-24-iran-turkey.txt", "2024-01-24-iran-turkey.txt",
                "Iran and Turkey sign deal\n\nANKARA - The two countries signed.\n\nMore text.\n");

        assertThat(article.title()).isEqualTo("Iran and Turkey sign deal");
        // The headline stays in the text, so offsets are the file's and the headline can be coded.
        assertThat(article.text()).isEqualTo("Iran and Turkey sign deal\n\nANKARA - The two countries signed.\n\nMore text.");
        assertThat(article.date()).isEqualTo(LocalDate.of(2024, 1, 24));
        assertThat(article.id()).isEqualTo("news/2024-01-24-iran-turkey.txt");
    }

    @Test
    void hasNoTitleWhenTheFirstLineRunsOn() throws Exception {
        Article article = parser.parse("a.txt", "a.txt", "ANKARA - The two countries\nsigned a deal.\n\nMore.");

        assertThat(article.title()).isNull();
        assertThat(article.date()).isNull();
        assertThat(article.text()).startsWith("ANKARA - The two countries\nsigned a deal.");
    }

    @Test
    void cutsCommentFormLinesAtTheEnd() throws Exception {
        Article article = parser.parse("c.txt", "c.txt", "Title\n\nBody text here.\n\nLeave a Reply\n"
                + "Your email address will not be published. Required fields are marked *\nPost Comment\n");

        assertThat(article.text()).isEqualTo("Title\n\nBody text here.");
    }

    @Test
    void refusesTextWithoutABody() {
        assertThatThrownBy(() -> parser.parse("e.txt", "e.txt", "   \n\n ")).hasMessage("no text");
    }
}
