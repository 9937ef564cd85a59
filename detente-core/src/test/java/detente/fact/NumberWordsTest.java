package detente.fact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberWordsTest {

    @Test
    void digitsAndWords() {
        assertThat(NumberWords.parse("14,000")).hasValue(14000);
        assertThat(NumberWords.parse("7.6")).hasValue(7.6);
        assertThat(NumberWords.parse("Ninety-three")).hasValue(93);
        assertThat(NumberWords.parse("twenty one")).hasValue(21);
        assertThat(NumberWords.parse("eleven")).hasValue(11);
        assertThat(NumberWords.parse("many")).isEmpty();
        assertThat("ninety-three").matches(NumberWords.WORD_PATTERN);
        assertThat("1,200.5").matches(NumberWords.DIGIT_PATTERN);
    }
}
