package detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void decodesEntitiesAndKeepsTypographicQuotes() {
        NormalizedText text = normalizer.normalize("Ankara &amp; Tehran &#8220;agree&#x201D; &mdash; ‘really’");

        assertThat(text.text()).isEqualTo("Ankara & Tehran \u201cagree\u201d \u2014 \u2018really\u2019");
    }

    @Test
    void leavesUnknownEntitiesAndBareAmpersandsAlone() {
        assertThat(normalizer.normalize("AT&T &bogus; R&D").text()).isEqualTo("AT&T &bogus; R&D");
    }

    @Test
    void removesSoftHyphensAndZeroWidthCharsButKeepsJoiners() {
        assertThat(normalizer.normalize("nego\u00adtiations\u200b re\ufeffsume").text())
                .isEqualTo("negotiations resume");
        assertThat(normalizer.normalize("می\u200cخواهم").text()).isEqualTo("می\u200cخواهم");
    }

    @Test
    void composesToNfc() {
        NormalizedText text = normalizer.normalize("Erdog\u0306an met Pezeshkian");

        assertThat(text.text()).isEqualTo("Erdoğan met Pezeshkian");
        assertThat(text.originalOffset(text.text().indexOf("met"))).isEqualTo(9);
        assertThat(text.originalOffset(4)).isEqualTo(4);
    }

    @Test
    void collapsesWhitespaceAndKeepsParagraphBreaks() {
        String original = "  First\u00a0 line \t here.  \r\n\r\n\r\n\r\nSecond   para\nsame para.  ";

        assertThat(normalizer.normalize(original).text()).isEqualTo("First line here.\n\nSecond para\nsame para.");
    }

    @Test
    void fixesDoubledPeriodsButKeepsEllipses() {
        assertThat(normalizer.normalize("He said so.. Then... silence.").text())
                .isEqualTo("He said so. Then... silence.");
    }

    @Test
    void mapsEveryOffsetBackToTheOriginal() {
        String original = "A&amp;B  said..\u00ad  \u201cyes\u201d";
        NormalizedText text = normalizer.normalize(original);

        assertThat(text.text()).isEqualTo("A&B said. \u201cyes\u201d");
        for (int i = 0; i < text.text().length(); i++) {
            char c = text.text().charAt(i);
            int at = text.originalOffset(i);
            if (c != '&' && c != ' ') {
                assertThat(original.charAt(at)).as("offset %d", i).isEqualTo(c);
            }
        }
        assertThat(text.originalOffset(1)).isEqualTo(1);
        assertThat(text.originalOffset(2)).isEqualTo(6);
        assertThat(text.originalOffset(text.text().length())).isEqualTo(original.length());
        assertThatThrownBy(() -> text.originalOffset(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void handlesEmptyAndWhitespaceOnlyText() {
        assertThat(normalizer.normalize("").text()).isEmpty();
        assertThat(normalizer.normalize(" \n\t ").text()).isEmpty();
        assertThat(normalizer.normalize(" \n\t ").originalOffset(0)).isEqualTo(4);
    }
}
