package detente.fact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphsTest {

    @Test
    void blankLinesSeparateParagraphsAndSingleNewlinesDoNot() {
        String text = "Headline\n\nFirst line\nstill first.\n \n\nSecond.  \n";
        Paragraphs p = new Paragraphs(text);
        assertThat(p.all()).extracting(x -> text.substring(x.start(), x.end()))
                .containsExactly("Headline", "First line\nstill first.", "Second.");
        assertThat(p.indexOf(text.indexOf("still"))).isEqualTo(1);
        assertThat(p.indexOf(text.indexOf("Second"))).isEqualTo(2);
    }
}
