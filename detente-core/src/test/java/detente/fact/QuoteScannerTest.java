package detente.fact;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteScannerTest {

    private static List<String> quotes(String text) {
        return QuoteScanner.scan(text, new Paragraphs(text)).stream()
                .map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void straightAndCurlyQuotes() {
        assertThat(quotes("He said \"we are ready\" and left. She said “not yet”.")).containsExactly("we are ready", "not yet");
    }

    @Test
    void nestedQuotesStayInsideTheOuterQuote() {
        assertThat(quotes("“They called it ‘a crime’ and “a disgrace”,” he said."))
                .containsExactly("They called it ‘a crime’ and “a disgrace”,");
        assertThat(quotes("\"They called it 'a crime', and we agree,\" he said."))
                .containsExactly("They called it 'a crime', and we agree,");
    }

    @Test
    void aQuoteMaySpanSentences() {
        assertThat(quotes("\"We will respond. The response will be harsh.\" he said."))
                .containsExactly("We will respond. The response will be harsh.");
    }

    @Test
    void anUnclosedQuoteRunsToItsParagraphEndAndTheNextQuoteParagraphContinuesIt() {
        String text = "Raisi spoke.\n\n\"We will not forget the martyrs of Kerman.\n\n\"Their killers will pay,\" he said.\n\nEnd.";
        List<QuoteSpan> spans = QuoteScanner.scan(text, new Paragraphs(text));
        assertThat(spans).hasSize(2);
        assertThat(text.substring(spans.get(0).start(), spans.get(0).end())).isEqualTo("We will not forget the martyrs of Kerman.");
        assertThat(spans.get(0).closed()).isFalse();
        assertThat(spans.get(1).continuation()).isTrue();
        assertThat(text.substring(spans.get(1).start(), spans.get(1).end())).isEqualTo("Their killers will pay,");
    }

    @Test
    void anApostropheIsNoQuote() {
        assertThat(quotes("Iran’s minister didn't comment.")).isEmpty();
    }
}
