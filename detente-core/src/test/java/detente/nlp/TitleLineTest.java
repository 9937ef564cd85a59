package detente.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitleLineTest {

    @Test
    void aShortFirstLineWithNoStopBeforeASentenceIsATitle() {
        String text = "Pakistan launched airstrikes on Iran\nOfficials gave no further details.";
        assertThat(TitleLine.end(text)).isEqualTo(text.indexOf('\n'));
        assertThat(TitleLine.end("Iran and Turkey sign deal\n\"We are ready,\" Raisi said.")).isEqualTo(25);
    }

    @Test
    void aLineThatRunsOnOrEndsASentenceIsNoTitle() {
        // Hard-wrapped text: the sentence continues in lower case.
        assertThat(TitleLine.end("ANKARA - The two countries\nsigned a deal on Wednesday.")).isEqualTo(-1);
        assertThat(TitleLine.end("Pakistan launched airstrikes on Iran.\nOfficials gave no details.")).isEqualTo(-1);
        // A blank line already ends the title for the sentence splitter.
        assertThat(TitleLine.end("Pakistan launched airstrikes on Iran\n\nOfficials gave no details.")).isEqualTo(-1);
        assertThat(TitleLine.end("One line only")).isEqualTo(-1);
    }
}
